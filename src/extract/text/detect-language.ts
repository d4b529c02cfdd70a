/**
 * @module extract/text/detect-language
 * Step `detect-language`: the caller's hint, else a guess from the share of a language's most common
 * words in the body (enough for the languages news dumps come in; `null` when no language stands out).
 */

import type { TextState } from './text-state.js';
import { wordsOf } from './word-scan.js';

const COMMON_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the of and to in a is that for on with as was said by at from his he it an are be has'.split(' '),
  ),
  de: new Set(
    'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch'.split(' '),
  ),
  fr: new Set('le la les de des et en un une du est que pour dans qui par sur au pas avec'.split(' ')),
  es: new Set('el la de que y en los del se las por un para con una su al es lo como'.split(' ')),
  it: new Set('il di che e la per un in del della è non una con sono le al dei'.split(' ')),
  pt: new Set('o a de que e do da em um para com não uma os no se na por mais'.split(' ')),
  nl: new Set('de het een en van in is dat op te zijn met voor niet aan er ook als'.split(' ')),
};

const LANGUAGES = Object.keys(COMMON_WORDS);

/** Words sampled: enough to tell languages apart, bounded for huge inputs. */
const SAMPLE_WORDS = 5000;
/** The text is sampled in this many windows of this many characters, spread over it. */
const WINDOWS = 8;
const WINDOW_CHARS = 4000;
/** The winning language must cover this share of the sample. */
const MIN_SHARE = 0.12;

export function detectLanguage(state: TextState): void {
  const hinted = state.hints.language?.trim().toLowerCase().split(/[-_]/)[0];
  if (hinted && /^[a-z]{2,3}$/.test(hinted)) {
    state.language = hinted;
    return;
  }
  state.language = guessLanguage(state.units.filter((u) => u.role === 'body').map((u) => u.text));
}

/** The language a text's first words are in, from the share of each language's commonest words; null when none stands out. */
export function guessLanguage(blocks: readonly string[]): string | null {
  const words: string[] = [];
  // Windows spread over the text, not only its opening (a German page may open with English quotations).
  const windows: string[] = [];
  for (const text of blocks) {
    const step = Math.max(WINDOW_CHARS, Math.ceil(text.length / WINDOWS));
    for (let at = 0; at < text.length && windows.length < WINDOWS * 4; at += step)
      windows.push(text.slice(at, at + WINDOW_CHARS));
  }
  for (const text of windows) {
    for (const w of wordsOf(text)) {
      words.push(w.length <= 4 ? w.toLowerCase() : w);
      if (words.length >= SAMPLE_WORDS) break;
    }
    if (words.length >= SAMPLE_WORDS) break;
  }
  if (words.length < 8) return null;
  const counts = new Map<string, number>();
  for (const w of words) {
    if (w.length > 4) continue;
    for (const lang of LANGUAGES)
      if (COMMON_WORDS[lang]!.has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return bestCount / words.length >= MIN_SHARE ? best : null;
}
