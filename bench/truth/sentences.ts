/**
 * @module bench/truth/sentences
 * The sentence ids truth files are written against (`a3.s12`): a small splitter frozen here, apart from
 * the product's own, so that improving the product never moves a truth reference. Lines are split at
 * line breaks, then at `.`, `!` or `?` (with closing quotes or brackets) before a space and a capital,
 * digit or opening quote, except after common abbreviations and initials.
 */

export interface TruthSentence {
  /** 0-based position in the article. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gov sen rep gen lt col sgt capt cmdr adm maj prof rev jr sr inc co corp ltd no vs jan feb mar apr aug sept sep oct nov dec u.s u.k u.n a.m p.m e.g i.e mt ft fig est dept univ ave blvd'.split(
    ' ',
  ),
);

const END = /[.!?]+["”’')\]]*(?=\s+["“‘'([]?[A-Z0-9])/g;

/** Splits a record's text into sentences with their offsets (trimmed, empty lines skipped). */
export function truthSentences(text: string): TruthSentence[] {
  const out: TruthSentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    END.lastIndex = 0;
    for (let m = END.exec(line); m !== null; m = END.exec(line)) {
      const before = line.slice(from, m.index);
      const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
      const stripped = word.replace(/\.$/, '');
      if (ABBREVIATIONS.has(stripped) || /^[a-z]$/.test(stripped) || /^([a-z]\.)+[a-z]?$/.test(word))
        continue;
      const cut = m.index + m[0].length;
      push(lineStart + from, lineStart + cut);
      from = cut;
    }
    push(lineStart + from, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return out;
}
