/**
 * @module analyze/quotes/state
 * The per-article state the quote steps read and fill in, in order: the quotation marks found, the
 * speech cues with their subjects, each person's gender, each mark's source and resolved speaker, and
 * the quotes. Helpers shared by the steps: mentions in a range, entity types, sentence lookup.
 */
import type { Block, BlockKind, Mention, Quote, QuoteKind, Sentence } from '../../types.js';
import type { EntityResult } from '../entities.js';
import { sentenceAt } from '../sentences.js';
import type { Gender } from './words.js';

export interface QuoteContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly blocks: readonly Block[];
  readonly entities: EntityResult;
}

/** A span of text inside quotation marks. */
export interface Marked {
  /** Inner span: the quoted words without marks (across paragraphs for a quote continued by a new opening mark). */
  start: number;
  end: number;
  /** The opening mark's offset, and the offset after the closing mark. */
  open: number;
  close: number;
  readonly style: 'double' | 'single';
  /** The quote this one sits inside (a quotation within a quotation), if any. */
  parent: Marked | null;
  /** True when the quote never closed and runs to the end of its paragraph. */
  unclosed: boolean;
  /** Step `classifyMarks`: direct, partial, or null for a title, name or scare quote (no one's words). */
  kind?: QuoteKind | null;
  /** Step `attributeMarks`: the cue that attributes the words. */
  cue?: Cue | null;
  /** Step `resolveSpeakers`: the speaker's entity id and how the text names them. */
  speaker?: string | null;
  speakerText?: string | null;
  speakerGender?: 'm' | 'f' | null;
}

/** Who a cue's subject is, as the text gives it. */
export type Subject =
  | {
      readonly kind: 'mention';
      readonly mention: Mention;
      readonly text: string;
      /** Where the subject's phrase starts when words come before the name (`his brother, Eric Roe`). */
      readonly phrase?: number;
    }
  | { readonly kind: 'pronoun'; readonly at: number; readonly text: string; readonly gender: Gender | 'self' }
  | {
      readonly kind: 'description';
      readonly at: number;
      readonly text: string;
      /**
       * What the description stands for: a person a pronoun-like possessive points to (`his spokeswoman`),
       * the person the text gave this role or age (`the singer`, `the 23-year-old`), an organisation named
       * before (`the company`), a news outlet named before (`the paper`), whoever speaks for someone
       * (`a spokesman`), the author of a document (`the statement`), or nobody named (`a witness`).
       */
      readonly refers: 'person' | 'role' | 'org' | 'media' | 'spokes' | 'document' | 'unnamed';
      /** The head noun (`singer`, `spokesman`, `23-year-old`). */
      readonly head: string;
      readonly definite: boolean;
      readonly gender: Gender | null;
      /**
       * The organisation or person named inside the description (`a London Fire Brigade spokesman`, `a
       * representative for Roe`); for a role, the team or country qualifying it (`the Wigan manager`).
       */
      readonly org: Mention | null;
      /** One who speaks for a body the text calls by a common noun (`a spokesperson for the charity`, head `charity`). */
      readonly forBody?: boolean;
    };

/** A speech cue: a verb of saying (or `according to`) and its subject. */
export interface Cue {
  readonly verb: string;
  readonly at: number;
  readonly end: number;
  readonly sentence: number;
  /** `X said` (before), `said X` (after), `according to X` (source), `..., saying` (participle). */
  readonly form: 'verb' | 'inverted' | 'according' | 'participle';
  readonly subject: Subject | null;
  /** Words someone heard another say (`she heard a man shout`): the subject is the one heard. */
  readonly heard?: boolean;
  /** Step `resolveSpeakers`: the entity id of the speaker (null: unnamed or unknown). */
  speaker?: string | null;
}

export interface QuoteState {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** The article's blocks (or one block for the whole text). */
  readonly blocks: readonly { readonly start: number; readonly end: number; readonly kind?: BlockKind }[];
  readonly entities: EntityResult;
  readonly mentions: readonly Mention[];
  marks: Marked[];
  /** Sorted by `at`. */
  cues: Cue[];
  /** Entity id -> gender read from the text (people only; organisations are `n`). */
  genders: Map<string, Gender>;
  /** The same from the article's words only (titles, roles, pronouns), without given names. */
  textGenders: Map<string, Gender>;
  /** Entity id -> role words and ages the text gives the person (`singer`, `spokesman`, `23-year-old`). */
  roles: Map<string, Set<string>>;
  /**
   * The head nouns of those roles, lowercase (`Helen Roe, the county coroner,` gives `coroner`): a role
   * the text itself introduced, so `the coroner said` names its holder even where no list knows the word.
   */
  roleHeads: Set<string>;
  /** Spans of photo credits and captions: no speaker comes from them. */
  credits: { start: number; end: number }[];
  quotes: Quote[];
  /** Entity id -> offsets of its mentions, in order (built on first use). */
  named: Map<string, number[]>;
}

export interface QuoteStep {
  readonly name: string;
  readonly run: (state: QuoteState) => void;
}

export function newQuoteState(ctx: QuoteContext): QuoteState {
  return {
    text: ctx.text,
    sentences: ctx.sentences,
    blocks: ctx.blocks.length > 0 ? ctx.blocks : [{ start: 0, end: ctx.text.length }],
    entities: ctx.entities,
    mentions: ctx.entities.mentions,
    marks: [],
    cues: [],
    genders: new Map(),
    textGenders: new Map(),
    roles: new Map(),
    roleHeads: new Set(),
    credits: [],
    quotes: [],
    named: new Map(),
  };
}

/** Index of the first item whose `key` is at or after `at` (items sorted by key). */
export function lowerBound<T>(items: readonly T[], at: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions starting in [from, to). */
export function mentionsIn(state: QuoteState, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(state.mentions, from, (m) => m.start); i < state.mentions.length; i++) {
    const m = state.mentions[i]!;
    if (m.start >= to) break;
    out.push(m);
  }
  return out;
}

/**
 * The last mention before the sentence `at` stands in, within `reach` mentions, that `fits`, or null:
 * never someone named in that sentence itself (`Roe’s behavior …, the brother said`).
 */
export function lastMentionBefore(
  state: QuoteState,
  at: number,
  reach: number,
  fits: (m: Mention) => boolean,
): Mention | null {
  const mentions = state.mentions;
  const own = state.sentences[sentenceAt(state.sentences, at)];
  const before = lowerBound(mentions, own ? own.start : at, (m) => m.start);
  for (let i = before - 1; i >= Math.max(0, before - reach); i--) if (fits(mentions[i]!)) return mentions[i]!;
  return null;
}

/** Cues whose verb starts in [from, to). */
export function cuesIn(state: QuoteState, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (let i = lowerBound(state.cues, from, (c) => c.at); i < state.cues.length; i++) {
    const c = state.cues[i]!;
    if (c.at >= to) break;
    out.push(c);
  }
  return out;
}

export function typeOf(state: QuoteState, entity: string): string {
  return state.entities.info.get(entity)?.entity.type ?? 'other';
}

export function isMedia(state: QuoteState, entity: string): boolean {
  return state.entities.info.get(entity)?.media ?? false;
}

export function nameOf(state: QuoteState, entity: string): string {
  return state.entities.info.get(entity)?.entity.name ?? entity;
}

export function sentenceOf(state: QuoteState, at: number): Sentence | undefined {
  return state.sentences[sentenceAt(state.sentences, at)];
}

/** Index of the block holding `at`, or -1. */
export function blockAt(state: QuoteState, at: number): number {
  const i = lowerBound(state.blocks, at + 1, (b) => b.start) - 1;
  return i >= 0 && at < state.blocks[i]!.end ? i : -1;
}

/** Whether `at` falls in a photo credit or caption. */
export function inCredit(state: QuoteState, at: number): boolean {
  const i = lowerBound(state.credits, at + 1, (c) => c.start) - 1;
  return i >= 0 && at < state.credits[i]!.end;
}

/** The innermost quotation whose marks enclose `at`, or null for the reporter's own words. */
export function markAround(state: QuoteState, at: number): Marked | null {
  const marks = state.marks;
  for (let i = lowerBound(marks, at, (m) => m.open) - 1; i >= 0; i--) {
    const m = marks[i]!;
    if (m.open < at && at < m.close) return m;
    if (m.parent === null) return null;
  }
  return null;
}

/** The end of the last closing mark in (from, at] (of the marks `counts` takes), or `from` when none. */
export function lastCloseBefore(
  state: QuoteState,
  from: number,
  at: number,
  counts: (m: Marked) => boolean = () => true,
): number {
  let best = from;
  const marks = state.marks;
  for (let i = lowerBound(marks, at, (m) => m.open) - 1; i >= 0; i--) {
    const m = marks[i]!;
    if (m.close <= at && m.close > best && counts(m)) best = m.close;
    if (m.parent === null && m.close <= from) break;
  }
  return best;
}

/** A letter, digit, apostrophe or hyphen: a character of a word (no regular expression per character). */
export function isWordChar(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9') || c === "'" || c === '’' || c === '-';
}

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';

/** Up to `max` words right before `at`, separated by spaces only, in text order (a linear backward scan). */
export function wordsBefore(text: string, at: number, max: number): string[] {
  const words: string[] = [];
  let i = at;
  while (words.length < max) {
    let j = i;
    while (j > 0 && isSpace(text[j - 1]!)) j--;
    if (j === i && words.length > 0) break;
    let k = j;
    while (k > 0 && j - k < 40 && isWordChar(text[k - 1]!)) k--;
    if (k === j) break;
    words.unshift(text.slice(k, j));
    i = k;
  }
  return words;
}

/** How many times an entity is named in [from, to): binary search over its sorted mention offsets. */
export function timesNamed(state: QuoteState, entity: string, from: number, to: number): number {
  let starts = state.named.get(entity);
  if (!starts) {
    if (state.named.size === 0)
      for (const m of state.mentions) {
        const list = state.named.get(m.entity);
        if (list) list.push(m.start);
        else state.named.set(m.entity, [m.start]);
      }
    starts = state.named.get(entity) ?? [];
  }
  return lowerBound(starts, to, (x) => x) - lowerBound(starts, from, (x) => x);
}
