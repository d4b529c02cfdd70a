/**
 * @module analyze/quotes/find-embedded-posts
 * Step `findEmbeddedPosts`: a social-media post embedded in a page keeps, as text, the post's words and
 * then its author, handle and date (`Falcon Heavy to launch next month… — Elon Musk (@elonmusk)
 * December 2, 2017`). The words before the dash are the author's, quoted whole: a direct quote whose
 * speaker is the name before the handle. Each paragraph's end is read once, in a bounded window.
 */
import type { Mention } from '../../types.js';
import { foldName } from '../names.js';
import { sentenceAt } from '../sentences.js';
import { type Cue, type Marked, mentionsIn, type QuoteState } from './state.js';
import { canSpeak } from './subjects.js';

/** The signature an embedded post ends with: a dash, the author, the handle, the date. */
const SIGNATURE_RE =
  /\s[—–-]\s+(\p{Lu}[^\n()—–@]{1,60}?)\s+\(@[\w.]{1,30}\)\s+(?:on\s+)?\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}\s*$/u;
/** A link at the end of a post's words, and how far back it is looked for. */
const TRAILING_LINK_RE = /\s*(?:pic\.twitter\.com\/\S{1,40}|https?:\/\/\S{1,80})$/;
const LINK_REACH = 100;
/** How much of a paragraph's end the signature is looked for in. */
const SIGNATURE_REACH = 140;
/** Fewest characters of words a post must have before its signature. */
const MIN_WORDS_CHARS = 10;

/** A mention at `at` of the person or organisation the article names `name` elsewhere, or undefined. */
function namedElsewhere(state: QuoteState, name: string, at: number): Mention | undefined {
  // Middle initials aside (`Donald J. Trump` signs for `Donald Trump`).
  const key = (n: string): string => foldName(n.replace(/\s\p{Lu}\.(?=\s)/gu, ''));
  const entity = state.entities.entities.find(
    (e) => (e.type === 'person' || e.type === 'organization') && key(e.name) === key(name),
  );
  return entity ? { start: at, end: at + name.length, text: name, entity: entity.id } : undefined;
}

export function findEmbeddedPosts(state: QuoteState): void {
  const { text, sentences } = state;
  const added: Marked[] = [];
  for (const block of state.blocks) {
    const from = Math.max(block.start, block.end - SIGNATURE_REACH);
    const signature = SIGNATURE_RE.exec(text.slice(from, block.end));
    if (!signature) continue;
    const dash = from + signature.index;
    let start = block.start;
    while (start < dash && /\s/.test(text[start]!)) start++;
    let end = dash;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    // A link the post ends with (`pic.twitter.com/…`, `https://t.co/…`) is not its words.
    const link = TRAILING_LINK_RE.exec(text.slice(Math.max(start, end - LINK_REACH), end));
    if (link) end -= link[0].length;
    if (end - start < MIN_WORDS_CHARS) continue;
    // Words already in quotation marks are read by the other steps.
    if (state.marks.some((m) => m.kind && m.open < end && m.close > start)) continue;
    const nameAt = from + signature.index + signature[0].indexOf(signature[1]!);
    const name = signature[1]!;
    // The signature is often page furniture to the name finder: the author is then the entity the
    // article names so elsewhere.
    const author =
      mentionsIn(state, nameAt, nameAt + name.length).find((m) => canSpeak(state, m)) ??
      namedElsewhere(state, name, nameAt);
    const cue: Cue = {
      verb: 'posted',
      at: dash,
      end: dash + 1,
      sentence: Math.max(0, sentenceAt(sentences, dash)),
      form: 'inverted',
      subject: author ? { kind: 'mention', mention: author, text: author.text } : null,
    };
    state.cues.push(cue);
    added.push({
      start,
      end,
      open: start,
      close: end,
      style: 'double',
      parent: null,
      unclosed: false,
      kind: 'direct',
      cue,
    });
  }
  if (added.length === 0) return;
  state.cues.sort((a, b) => a.at - b.at);
  state.marks = [...state.marks, ...added].sort((a, b) => a.open - b.open);
}
