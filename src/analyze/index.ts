/**
 * @module analyze
 * `Article` -> `Analysis`. The steps, in order: `splitSentences`, `findEntities`, `findDates`,
 * `findQuantities` (skipping date spans), `readMeasures` (what each figure measures) with `findNoneCounts`
 * ("no one was hurt"), `findQuotes`, then `readSpeakerAges` (an age describing a quotation's speaker).
 * `resolveEntities` merges the entities of the articles of one story.
 */
import type { Analysis, Article } from '../types.js';
import { findDates } from './dates.js';
import { findEntities } from './entities.js';
import { findNoneCounts, readMeasures, readSpeakerAges } from './measures.js';
import { findQuantities } from './quantities.js';
import { findQuotes } from './quotes/index.js';
import { splitSentences } from './sentences.js';

export interface AnalyzeOptions {
  /** Overrides `article.published` as the anchor of relative dates (ISO date). */
  readonly published?: string | null;
  /** Longest text analysed, in characters (default 200,000); the rest is stored but draws no facts. */
  readonly maxChars?: number;
}

/**
 * Default bound on the text analysed. A news article runs to 2,000-60,000 characters (the longest of
 * the real corpora we measure on is 58,000) and a long-form piece to about 150,000; 200,000 holds the
 * longest of those with room to spare (about 35,000 words). Beyond it an input is not an article (a
 * crawler's glued run, a dump of a whole site, a book, an attack): the first 200,000 characters are
 * analysed and the rest, still stored whole, draws no facts, which keeps the work of every later step
 * bounded (as the clusterer reads at most 100,000 characters).
 */
export const DEFAULT_MAX_CHARS = 200_000;

/**
 * Analyses one article: sentences, entities and mentions, quotes, quantities and dates.
 * @example analyze(article).quotes.filter((q) => q.kind === 'direct')
 */
export function analyze(article: Article, options: AnalyzeOptions = {}): Analysis {
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  const text = article.text.length > max ? article.text.slice(0, max) : article.text;
  const blocks = article.paragraphs.filter((b) => b.start < text.length);
  const sentences = splitSentences(text, blocks);
  const entities = findEntities(text, sentences, article.language ?? null, article.outlet);
  const published = options.published !== undefined ? options.published : article.published;
  const dates = findDates(text, sentences, published);
  const typeOf = (id: string): string => entities.info.get(id)?.entity.type ?? 'other';
  const quantities = readMeasures(
    { text, sentences, mentions: entities.mentions, typeOf },
    findQuantities(text, sentences, dates),
  )
    .concat(findNoneCounts(text, sentences))
    .sort((a, b) => a.start - b.start);
  const quotes = findQuotes({ text, sentences, blocks, entities });
  return {
    sentences,
    entities: entities.entities,
    mentions: entities.mentions,
    quotes,
    quantities: readSpeakerAges(quantities, quotes, typeOf),
    dates,
  };
}

export { findDates, parseAnchor } from './dates.js';
export { isEnglishWord } from './english.js';
export { FAMILY_FIRST, givenNameGender } from './entities/words.js';
export { findEntities } from './entities.js';
export { SHARE_OF_TOTAL_RE } from './measures.js';
export { TITLES } from './names.js';
export { dimensionOf, findQuantities, parseNumber } from './quantities.js';
export { findQuotes } from './quotes/index.js';
export { roleWords } from './quotes/read-roles.js';
export { isRoleWord, KIN_NOUNS, PERSON_NOUNS, SPOKES_NOUNS } from './quotes/words.js';
export { resolveEntities, type StoryEntities } from './resolve-entities.js';
export { sentenceAt, splitSentences } from './sentences.js';
