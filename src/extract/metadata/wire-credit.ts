/**
 * @module extract/metadata/wire-credit
 * Wire agencies and the places outlets credit them, the one reader every extractor uses: a dateline
 * `(Reuters) -`, a closing `REUTERS` or `- AFP` (or a line of its own), a production line naming one
 * (`Additional reporting by AFP`), a byline, an attribution in the text (`according to AP`, `AP reported`), a
 * photo credit. Names are canonical (`Reuters`, `AFP`, `AP`, `Bloomberg`, `Tass`, `Xinhua`, ...).
 */

/** Canonical name and the spellings that name it. Only agencies that sell copy to other outlets. */
const AGENCIES: readonly (readonly [string, RegExp])[] = [
  ['Reuters', /^(?:reuters|thomson reuters)$/i],
  ['AFP', /^(?:afp|agence france[- ]presse)$/i],
  ['AP', /^(?:ap|associated press|the associated press)$/i],
  ['Bloomberg', /^bloomberg(?: news)?$/i],
  ['Tass', /^(?:tass|itar-tass)$/i],
  ['Xinhua', /^xinhua(?: news agency)?$/i],
  ['Kyodo', /^kyodo(?: news)?$/i],
  ['Yonhap', /^yonhap$/i],
  ['Bernama', /^bernama$/i],
  ['ANI', /^(?:ani|asian news international)$/i],
  ['PTI', /^(?:pti|press trust of india)$/i],
  ['IANS', /^ians$/i],
  ['dpa', /^(?:dpa|deutsche presse-agentur)$/i],
  ['EFE', /^efe$/i],
  ['ANSA', /^ansa$/i],
  ['Anadolu', /^anadolu(?: agency)?$/i],
  ['RIA Novosti', /^ria(?: novosti)?$/i],
  ['Interfax', /^interfax$/i],
  ['UPI', /^(?:upi|united press international)$/i],
  ['AAP', /^aap$/i],
  ['PA Media', /^(?:pa media|press association)$/i],
  ['Jiji', /^jiji(?: press)?$/i],
  ['Antara', /^antara$/i],
];

/** Spellings that may name an agency, for building search patterns (longest first). */
const AGENCY_WORDS =
  'Thomson Reuters|Reuters|REUTERS|Agence France[- ]Presse|AFP|The Associated Press|Associated Press|AP|' +
  'Bloomberg News|Bloomberg|BLOOMBERG|ITAR-TASS|TASS|Tass|Xinhua News Agency|Xinhua|XINHUA|Kyodo News|Kyodo|' +
  'KYODO|Yonhap|YONHAP|Bernama|BERNAMA|Asian News International|ANI|Press Trust of India|PTI|IANS|dpa|DPA|' +
  'Deutsche Presse-Agentur|EFE|ANSA|Anadolu Agency|Anadolu|RIA Novosti|Interfax|United Press International|UPI|' +
  'AAP|PA Media|Press Association|Jiji Press|Jiji|Antara|ANTARA';

/** The canonical agency name for a spelling (`REUTERS` -> `Reuters`), or null. */
export function canonicalAgency(name: string): string | null {
  const clean = name.trim().replace(/\s+/g, ' ');
  for (const [canonical, re] of AGENCIES) if (re.test(clean)) return canonical;
  return null;
}

/** Every agency named inside a credit string (`Sputnik/Jane Doe/Pool via REUTERS` -> [Reuters]). */
export function agenciesIn(credit: string): string[] {
  const out: string[] = [];
  for (const m of credit.matchAll(AGENCY_ANY_RE)) {
    const name = canonicalAgency(m[0]);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
const AGENCY_ANY_RE = new RegExp(
  `(?<![A-Za-z0-9\\u00C0-\\u024F])(?:${AGENCY_WORDS})(?![A-Za-z0-9\\u00C0-\\u024F])`,
  'g',
);

/** Where a credit was found. `photo` credits a picture, the others the text. */
export type CreditSource = 'dateline' | 'closing' | 'byline' | 'attribution' | 'photo';

export interface CreditMention {
  readonly agency: string;
  readonly source: CreditSource;
  readonly text: string;
}

const DATELINE_CREDIT_RE = new RegExp(
  `^[^\\n]{0,80}?\\((${AGENCY_WORDS})(?:\\s*[/,]\\s*(${AGENCY_WORDS}))?\\)\\s*[-–—:]`,
  'u',
);

/** `BEIJING, Feb 4 (Reuters) -` at the start of the first paragraph. */
export function datelineCredits(firstParagraph: string): CreditMention[] {
  const m = DATELINE_CREDIT_RE.exec(firstParagraph);
  if (!m) return [];
  return [m[1], m[2]]
    .map((s) => (s ? canonicalAgency(s) : null))
    .filter((a): a is string => a !== null)
    .map((agency) => ({ agency, source: 'dateline' as const, text: m[0] }));
}

const UPPER_AGENCY = AGENCY_WORDS.split('|')
  .filter((w) => w === w.toUpperCase() && w.length > 1)
  .join('|');
/**
 * A closing credit at the end of a paragraph: an upper-case agency after the last sentence
 * (`... said. REUTERS`, `... Free. AFP, REUTERS`), or a dashed or bracketed one (`- Reuters`, `(AFP)`).
 */
const CLOSING_CREDIT_RE = new RegExp(
  `(?<=[.!?"”’)\\]])\\s+((?:${UPPER_AGENCY})(?:\\s*[,/&]\\s*(?:${UPPER_AGENCY}))*)\\s*$|` +
    `\\s+(?:[-–—]\\s*|\\()((?:${AGENCY_WORDS})(?:\\s*[,/&]\\s*(?:${AGENCY_WORDS}))*)\\)?\\s*$`,
  'u',
);

/** "The Associated Press contributed to this report.", "Reuters writer Jane Doe contributed to this story." */
const CONTRIBUTED_RE = new RegExp(
  `^(?:The\\s+)?(${AGENCY_WORDS})\\b[^.]{0,160}?\\bcontributed to this (?:report|story|article)\\.?$`,
  'u',
);

/** The agencies a contribution line credits ("The Associated Press contributed to this report."), or none. */
export function contributionCredit(line: string): string[] {
  if (line.length > 200) return [];
  const m = CONTRIBUTED_RE.exec(line.trim());
  return m ? agenciesIn(m[1]!) : [];
}

/** Finds a closing credit; returns the agencies and where the credit starts in `paragraph`. */
export function closingCredit(paragraph: string): { agencies: string[]; index: number; text: string } | null {
  const tail = paragraph.length > 200 ? paragraph.slice(-200) : paragraph;
  const offset = paragraph.length - tail.length;
  const m = CLOSING_CREDIT_RE.exec(tail);
  if (!m) return null;
  const agencies = agenciesIn(m[1] ?? m[2] ?? '');
  if (agencies.length === 0) return null;
  return { agencies, index: offset + m.index, text: m[0].trim() };
}

/** An attribution phrase ending a text, with the spaces after it (`according to `). */
const ATTRIBUTION_END_RE =
  /\b(?:according to|cited by|citing|as per|per|reported by|reports by|quoted by|told|said|via|reported|in an interview with|in a statement to|speaking to|spoke to)\s+$/;
/** Words that may stand between the phrase and the agency (`according to the news agency AP`). */
const ATTRIBUTION_GAP_WORDS = 3;
const isSpace = (c: string): boolean => /\s/.test(c);

/**
 * Whether `before` ends with an attribution phrase and then at most `ATTRIBUTION_GAP_WORDS` words, each
 * followed by spaces: the phrase is looked for before the last zero to three words, stepping back one
 * word at a time.
 */
function endsWithAttribution(before: string): boolean {
  let end = before.length;
  for (let words = 0; ; words++) {
    if (ATTRIBUTION_END_RE.test(before.slice(0, end))) return true;
    if (words === ATTRIBUTION_GAP_WORDS) return false;
    let at = end;
    while (at > 0 && isSpace(before[at - 1]!)) at--;
    const wordEnd = at;
    while (at > 0 && !isSpace(before[at - 1]!)) at--;
    if (wordEnd === end || at === wordEnd) return false;
    end = at;
  }
}
const ATTRIBUTION_AFTER_RE = new RegExp(
  `^\\s+(?:(?:and|or|,)\\s+(?:the\\s+)?(?:${AGENCY_WORDS})\\s+)?(?:reported|reports|said|says|noted|notes|quoted|cited|described|understands|learned|learnt|news agency|news service|wire service|agency|has reported|was told|saw|obtained|calculations)\\b`,
);
/** Agency spellings, found quickly (no Unicode-property classes). */
const AGENCY_FAST_RE = new RegExp(
  `(?<![A-Za-z0-9\u00C0-\u024F])(?:${AGENCY_WORDS})(?![A-Za-z0-9\u00C0-\u024F])`,
  'g',
);
/** Words around an agency's name that are read for an attribution. */
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 60;

/** Agencies the text cites as its source (`according to news agency AP`, `AP reported`, `cited by AP and Reuters`). */
export function attributionCredits(text: string): CreditMention[] {
  const out: CreditMention[] = [];
  for (const m of text.matchAll(AGENCY_FAST_RE)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - WINDOW_BEFORE), at);
    const after = text.slice(at + m[0].length, at + m[0].length + WINDOW_AFTER);
    if (!endsWithAttribution(before) && !ATTRIBUTION_AFTER_RE.test(after)) continue;
    const agency = canonicalAgency(m[0]);
    if (agency)
      out.push({
        agency,
        source: 'attribution',
        text: `${before.slice(-30)}${m[0]}${after.slice(0, 20)}`.trim(),
      });
  }
  return out;
}

/**
 * The agencies an article credits, from its credit mentions: its credit lines (dateline, closing,
 * byline) only. A copy without its credit line still joins its wire's origin by its text (synthesis).
 */
export function creditedAgencies(mentions: readonly CreditMention[]): string[] {
  const pick = (sources: readonly CreditSource[]): string[] => {
    const out: string[] = [];
    for (const m of mentions) if (sources.includes(m.source) && !out.includes(m.agency)) out.push(m.agency);
    return out;
  };
  // Only a credit line says the text is the agency's: a caption crediting a photo, or a sentence
  // quoting an agency, is found in staff stories too.
  return pick(['dateline', 'closing', 'byline']);
}

/** A line that is only agency names (`REUTERS`, `- AFP`, `(AP)`): the agencies, or none. */
export function creditLineAgencies(line: string): string[] {
  const words = line.trim().split(/\s+/).length;
  if (words > 4 || !CREDIT_LINE_RE.test(line.trim())) return [];
  const agencies = agenciesIn(line);
  const letters = line
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/);
  return agencies.length > 0 && letters.length <= agencies.length * 2 ? agencies : [];
}
const CREDIT_LINE_RE = /^[-–—(]*\s*[\p{L} ./&,]{2,40}\)?$/u;

/** A production line (`Reporting by Jane Doe; Editing by John Roe`, `Additional reporting by AFP`). */
const PRODUCTION_RE = /^\(?(?:additional )?(?:reporting|writing|editing) by\b/i;
/** The same line in parentheses, run into the end of a paragraph: `… went viral. (Reporting by A; Editing by B)`. */
const PRODUCTION_TAIL_RE =
  /\s\(\s*(?:additional )?(?:reporting|writing|editing|compiled|edited) by\b[^()]{1,300}\)\s*$/i;
/** How much of a paragraph's end is read for it (linear, whatever the paragraph). */
const PRODUCTION_TAIL_CHARS = 340;

/**
 * A production line a paragraph ends with (`… went viral. (Reporting by A; Writing by B)`): where it
 * starts in the paragraph and its text, or null.
 */
export function productionLineAtEnd(paragraph: string): { index: number; text: string } | null {
  const offset = Math.max(0, paragraph.length - PRODUCTION_TAIL_CHARS);
  const m = PRODUCTION_TAIL_RE.exec(paragraph.slice(offset));
  return m ? { index: offset + m.index, text: m[0].trim() } : null;
}

/** What the extractors found that may credit an agency. */
export interface CreditEvidence {
  /** The body's paragraphs in order (headings left out). */
  readonly paragraphs: readonly string[];
  /** Closing credits the extractor already cut from the body (`... said. REUTERS`, a credit line). */
  readonly closing?: readonly CreditMention[];
  /** Agencies the byline named. */
  readonly bylineAgencies?: readonly string[];
  readonly byline?: string | null | undefined;
  /** Photo credits of the captions. */
  readonly captionCredits?: readonly (string | null)[];
  /** Lines after the body that are not body (a production line the cleaner took as chrome). */
  readonly lines?: readonly string[];
}

/** Every place the evidence names an agency, with its kind; `creditedAgencies` decides which count. */
export function gatherCredits(evidence: CreditEvidence): CreditMention[] {
  const out: CreditMention[] = [...(evidence.closing ?? [])];
  const first = evidence.paragraphs[0];
  if (first !== undefined) out.push(...datelineCredits(first));
  for (const agency of evidence.bylineAgencies ?? [])
    out.push({ agency, source: 'byline', text: evidence.byline ?? agency });
  for (const paragraph of evidence.paragraphs) out.push(...attributionCredits(paragraph));
  // A production line credits the agencies it names (its style alone proves nothing: outlets copy it).
  const production = [...(evidence.lines ?? []), ...evidence.paragraphs.slice(-3)];
  for (const line of production) {
    if (line.length > 300 || !PRODUCTION_RE.test(line.trim())) continue;
    for (const agency of agenciesIn(line)) out.push({ agency, source: 'closing', text: line });
  }
  for (const credit of evidence.captionCredits ?? []) {
    if (credit) for (const agency of agenciesIn(credit)) out.push({ agency, source: 'photo', text: credit });
  }
  return out;
}
