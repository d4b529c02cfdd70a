/**
 * @module cluster/entity-phrases
 * Capitalised name phrases (`Stephen Paddock`, `Boko Haram`, `Las Vegas`): a cheap proxy for named entities.
 * A phrase and each of its words count (so `Paddock` alone still meets `Stephen Paddock`).
 */

import { STOPWORDS } from './stopwords.js';

/**
 * Runs of capitalised words (or acronyms, `U.S.`), joined by single spaces or `of`/`de`-style particles.
 * A dot belongs to a word only before a letter, so a phrase never runs across a full stop.
 */
const PHRASE =
  /\p{Lu}(?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*(?:[ \t]+(?:(?:of|de|la|le|del|der|van|von|bin|al|da|du)[ \t]+)?\p{Lu}(?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*)*/gu;

/** What precedes a sentence-initial word: a capital there says nothing. */
const SENTENCE_START = /(?:^|[.!?:;"“”‘'()\n]\s*|\n)$/;

/**
 * Entity keys in a text: each name phrase lower-cased, plus each of its words when it has several.
 * A single word at the start of a sentence is skipped unless it recurs elsewhere mid-sentence.
 */
export function entityPhrases(text: string): string[] {
  const out: string[] = [];
  const sentenceInitial: string[] = [];
  const midSentence = new Set<string>();
  for (const match of text.matchAll(PHRASE)) {
    const raw = match[0].replace(/[.'’-]+$/, '');
    const index = match.index;
    const parts = raw.split(/[ \t]+/).map((part) => part.toLowerCase().replace(/['’]s$/, ''));
    const words = parts.filter((part) => part.length > 1 && !STOPWORDS.has(part));
    if (words.length === 0) continue;
    const before = text.slice(Math.max(0, index - 3), index);
    const initial = index === 0 || SENTENCE_START.test(before);
    if (parts.length === 1) {
      const word = words[0]!;
      if (initial) sentenceInitial.push(word);
      else {
        midSentence.add(word);
        out.push(word);
      }
      continue;
    }
    const content = initial && STOPWORDS.has(parts[0]!) ? parts.slice(1) : parts;
    if (content.length > 1) out.push(content.join(' '));
    for (const word of words) out.push(word);
  }
  for (const word of sentenceInitial) if (midSentence.has(word)) out.push(word);
  return out;
}
