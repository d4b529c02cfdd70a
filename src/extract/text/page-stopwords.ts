/**
 * @module extract/text/page-stopwords
 * The page's function words, whatever its language: the `stopwords-iso` list (58 languages) that
 * covers most of the page's words, and a block's stopword density against it, the measure jusText
 * uses to tell running prose (dense in function words) from menus, headlines and keyword lists.
 * Scripts written without spaces (Chinese, Japanese, Thai) are measured by characters: the share of
 * a block's characters that are one-character function words (`的`, `了`, `の`, `は`).
 */

import { createRequire } from 'node:module';
import { isWordChar } from './word-scan.js';

/** `stopwords-iso`, read once on first use: each language's list, and for each word the languages listing it. */
interface StopwordIndex {
  readonly languages: readonly string[];
  readonly lists: readonly ReadonlySet<string>[];
  readonly byWord: ReadonlyMap<string, readonly number[]>;
}
let index: StopwordIndex | null = null;
function stopwordIndex(): StopwordIndex {
  if (!index) {
    const raw = createRequire(import.meta.url)('stopwords-iso') as Record<string, readonly string[]>;
    const languages = Object.keys(raw);
    const lists = languages.map((language) => new Set(raw[language]!.map((w) => w.toLowerCase())));
    const byWord = new Map<string, number[]>();
    lists.forEach((list, i) => {
      for (const word of list) {
        const entry = byWord.get(word);
        if (entry) entry.push(i);
        else byWord.set(word, [i]);
      }
    });
    index = { languages, lists, byWord };
  }
  return index;
}

/** The stopwords of a language (`es`), lower case, or undefined when the lists have none for it. */
export function stopwordsOf(language: string): ReadonlySet<string> | undefined {
  const { languages, lists } = stopwordIndex();
  return lists[languages.indexOf(language)];
}

/** Words sampled to choose the page's list: enough to tell languages apart, bounded on huge inputs. */
const SAMPLE_WORDS = 400;
/** A block this long is prose more often than not: the page's language is read from such blocks first. */
const PROSE_CHARS = 200;

/** A page's stopwords: the list chosen, and whether it is read by characters (unspaced scripts). */
export interface PageStopwords {
  readonly language: string | null;
  readonly words: ReadonlySet<string>;
  readonly byCharacter: boolean;
}

/** True for a character of a script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar). */
export function isUnspacedChar(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x0e00 && code <= 0x0eff) ||
    (code >= 0x1780 && code <= 0x17ff) ||
    (code >= 0x1000 && code <= 0x109f)
  );
}

/** Lower-cased words of some texts, at most `limit`. */
function sampleWords(texts: readonly string[], limit: number): string[] {
  const out: string[] = [];
  for (const text of texts) {
    forEachWord(text.toLowerCase(), (word) => out.length < limit && out.push(word) > 0);
    if (out.length >= limit) break;
  }
  return out;
}

/** Calls `visit` with each word of a text (runs of letters and digits), until it returns false. */
function forEachWord(text: string, visit: (word: string) => boolean): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordChar(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      if (!visit(text.slice(start, i))) return;
      start = -1;
    }
  }
}

/** Characters of unspaced scripts among the first characters of the texts, and all characters seen. */
function unspacedShare(texts: readonly string[]): number {
  let unspaced = 0;
  let letters = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length && letters < SAMPLE_WORDS * 5; i++) {
      const code = text.charCodeAt(i);
      if (!isWordChar(code)) continue;
      letters++;
      if (isUnspacedChar(code)) unspaced++;
    }
  }
  return letters === 0 ? 0 : unspaced / letters;
}

/** The script-named languages of the unspaced scripts, by their first character range. */
function unspacedLanguage(texts: readonly string[]): string {
  let kana = 0;
  let han = 0;
  let thai = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x3040 && code <= 0x30ff) kana++;
      else if (code >= 0x4e00 && code <= 0x9fff) han++;
      else if (code >= 0x0e00 && code <= 0x0e7f) thai++;
    }
    if (kana + han + thai > 5000) break;
  }
  if (thai > han + kana) return 'th';
  return kana > han / 10 ? 'ja' : 'zh';
}

/** Chooses the page's stopword list from its lines (a hinted language wins when it has a list). */
export function pageStopwords(texts: readonly string[], hint?: string | null): PageStopwords {
  const { languages, lists, byWord } = stopwordIndex();
  const listOf = (language: string): ReadonlySet<string> | undefined => lists[languages.indexOf(language)];
  if (unspacedShare(texts) > 0.3) {
    const language = hint && ['zh', 'ja', 'th'].includes(hint) ? hint : unspacedLanguage(texts);
    const singles = new Set([...(listOf(language) ?? [])].filter((w) => w.length === 1));
    return { language, words: singles, byCharacter: true };
  }
  const hinted = hint ? listOf(hint) : undefined;
  if (hint && hinted) return { language: hint, words: hinted, byCharacter: false };
  // Each distinct word once, with its count: the few most common words make most of a sample, and
  // each is listed by dozens of languages.
  const counts = new Map<string, number>();
  // The language of the page's prose: its long blocks first, then the rest (menus, captions), so that
  // a page's top of place names and menus does not choose the list its paragraphs are read with.
  const long = texts.filter((text) => text.length >= PROSE_CHARS);
  const short = texts.filter((text) => text.length < PROSE_CHARS);
  for (const word of sampleWords([...long, ...short], SAMPLE_WORDS))
    counts.set(word, (counts.get(word) ?? 0) + 1);
  const hits = new Array<number>(languages.length).fill(0);
  for (const [word, count] of counts) {
    const listed = byWord.get(word);
    if (listed) for (const i of listed) hits[i]! += count;
  }
  let best = -1;
  for (let i = 0; i < hits.length; i++) if (hits[i]! > 0 && (best < 0 || hits[i]! > hits[best]!)) best = i;
  return best < 0
    ? { language: null, words: new Set(), byCharacter: false }
    : { language: languages[best]!, words: lists[best]!, byCharacter: false };
}

/** Share of a text's words (or, for unspaced scripts, characters) that are the page's stopwords. */
export function stopwordDensity(text: string, stopwords: PageStopwords): number {
  let total = 0;
  let hits = 0;
  if (stopwords.byCharacter) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isWordChar(code)) continue;
      total++;
      if (stopwords.words.has(text[i]!)) hits++;
    }
    return total === 0 ? 0 : hits / total;
  }
  forEachWord(text.toLowerCase(), (word) => {
    total++;
    if (stopwords.words.has(word)) hits++;
    return true;
  });
  return total === 0 ? 0 : hits / total;
}
