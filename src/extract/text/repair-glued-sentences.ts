/**
 * @module extract/text/repair-glued-sentences
 * Step `repair-glued-sentences`: paragraphs copied without their break run together
 * (`Ukraine.According`); a space goes back after the stop. Initialisms (`U.S.`), abbreviations (`Mr.`),
 * decimals (`3.5`), `e.g.` and web addresses are left alone.
 */

import type { TextState } from './text-state.js';

/** A stop glued to a capitalised word, after a word of two or more letters or a closing quote. */
const GLUED_RE =
  /([A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\d]{2,}|[)\]”’"])([.!?]+)([”’"]?)(?=[“‘]?[A-Z\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F][a-z\u00DF-\u00FF\u03B1-\u03C9\u0430-\u044F])/g;
/** Cheap test: a stop directly followed by a capital. */
const GLUE_HINT_RE = /[.!?][”’"]?[“‘]?[A-Z\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F]/;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep inc co corp ltd no vol fig mt ft vs etc'.split(
    ' ',
  ),
);
const TLD_RE = /^(?:Com|Org|Net|Gov|Edu|Io|Co|Uk|In|Sg|My)\b/;

export function repairGluedSentences(state: TextState): void {
  for (const unit of state.units) {
    if (!GLUE_HINT_RE.test(unit.text)) continue;
    const text = unit.text;
    unit.text = text.replace(GLUED_RE, (match, word: string, stop: string, quote: string, offset: number) => {
      const after = text.slice(offset + match.length, offset + match.length + 4);
      if (TLD_RE.test(after)) return match;
      if (ABBREVIATIONS.has(word.toLowerCase())) return match;
      const tokenStart = text.lastIndexOf(' ', offset) + 1;
      const token = text.slice(tokenStart, offset + match.length);
      if (/:\/\/|^www\.|@/.test(token)) return match;
      return `${word}${stop}${quote} `;
    });
  }
}
