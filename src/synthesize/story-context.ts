/**
 * @module synthesize/story-context
 * What every synthesis step works from: the story's sources with their origins, and each source
 * sentence as a comparable statement, aligned across sources into groups that say the same thing.
 */
import { resolveEntities } from '../analyze/index.js';
import type { BriefSource, Citation, Document, Sentence } from '../types.js';
import { type Alignment, alignStatements } from './align-statements.js';
import { offTopicSources } from './off-topic.js';
import { assignOrigins, type OriginAssignment, statementOrigin } from './origins.js';
import { KEEP_PROBABILITY } from './pair-model.js';
import { slotsAgree, slotsOf } from './slots.js';
import { captionBlocks, isStandalone } from './statement-shape.js';
import { termsOf } from './terms.js';

export interface StatementInfo {
  /** Index of the source (document) it comes from. */
  readonly source: number;
  readonly sentence: Sentence;
  readonly terms: readonly string[];
  /** The origin this statement leans on: an agency it credits, else its source's origin. */
  readonly origin: string;
  /**
   * Whether it stands in a photo caption kept in the body ("FILE - In this … photo, …", "… (AP Photo/…)"):
   * a caption still reports what it reports (a figure another outlet gives otherwise), but a summary
   * bullet is never read from one.
   */
  readonly caption: boolean;
}

export interface StoryContext {
  readonly documents: readonly Document[];
  readonly sources: readonly BriefSource[];
  /** Who reported each source's text, and the names of the origins. */
  readonly origins: OriginAssignment;
  /** Sources that are not about the story: they state nothing in it. */
  readonly offTopic: ReadonlySet<number>;
  readonly statements: readonly StatementInfo[];
  readonly alignment: Alignment;
  /** Statement indices of each source, in reading order. */
  readonly bySource: readonly (readonly number[])[];
  /** The statement of a source's sentence (by sentence index), if that sentence is one. */
  readonly statementAt: (source: number, sentence: number) => number | undefined;
  /** The aligned group (index into `alignment.groups`) a statement belongs to, if any. */
  readonly groupOf: ReadonlyMap<number, number>;
  /** Whether two statements are one fact for a disagreement: the same group of the links at the full bar (`strictGroups`). */
  readonly sameFact: (a: number, b: number) => boolean;
  /**
   * The statements alike enough to compare with one (its fact's other members and its best-scored
   * candidate pairs): what pairwise checks look at instead of every statement, to stay linear.
   */
  readonly neighbours: (statement: number) => readonly number[];
  /** The story entity an article's entity is (`storyEntity(source, entityId)`): one id for every spelling. */
  readonly storyEntity: (source: number, entity: string) => string;
}

/**
 * Statements this alike in words (alignment score), or one fact, may say the same thing: the bar the
 * figure, date and role comparisons set for tying two outlets' sentences together.
 */
export const SIMILAR_STATEMENTS = 0.3;

/** A sentence with fewer comparable terms than this (a dateline, "He said.") states no fact of its own. */
const MIN_STATEMENT_TERMS = 3;

export interface ContextOptions {
  readonly compatible?: (a: StatementInfo, b: StatementInfo) => boolean;
}

export function buildStoryContext(
  documents: readonly Document[],
  options: ContextOptions = {},
): StoryContext {
  const origins = assignOrigins(documents);
  const sources: BriefSource[] = documents.map((d, i) => {
    return {
      id: `s${i + 1}`,
      document: d.article.id,
      input: d.article.input,
      title: d.article.title,
      outlet: d.article.outlet,
      published: d.article.published,
      credits: d.article.credits,
      origin: origins.originOf[i]!,
    };
  });
  const statements: StatementInfo[] = [];
  const bySource: number[][] = documents.map(() => []);
  // Who and what a sentence names, as story entities: "Mr Xi", "Xi Jinping" and "the Chinese president"
  // are one term, so statements naming one person differently still meet.
  const storyEntities = resolveEntities(documents.map((d) => d.analysis));
  const offTopic = offTopicSources(documents);
  documents.forEach((d, source) => {
    if (offTopic.has(source)) return;
    const mentions = [...d.analysis.mentions].sort((a, b) => a.start - b.start);
    const captions = captionBlocks(d.analysis.sentences);
    let m = 0;
    for (const sentence of d.analysis.sentences) {
      const named = new Set<string>();
      while (m < mentions.length && mentions[m]!.start < sentence.end) {
        const mention = mentions[m]!;
        if (mention.start >= sentence.start)
          named.add(`@${storyEntities.byArticle.get(`${source}:${mention.entity}`) ?? mention.entity}`);
        m++;
      }
      // Headings, teasers and furniture state no claim of their outlet's (a caption paragraph reports, but leads no bullet).
      if (sentence.heading || !isStandalone(sentence.text)) continue;
      const terms = [...termsOf(sentence.text), ...named];
      if (terms.length < MIN_STATEMENT_TERMS) continue;
      const origin = statementOrigin(origins, source, sentence.text);
      bySource[source]!.push(statements.length);
      statements.push({ source, sentence, terms, origin, caption: captions.has(sentence.block) });
    }
  });
  // Two statements are one claim only if their figures, denials and speakers agree (see slots.ts).
  const slots = statements.map((s) =>
    slotsOf(documents[s.source]!, s.sentence, (id) => storyEntities.byArticle.get(`${s.source}:${id}`) ?? id),
  );
  const compatible = options.compatible;
  // Two articles' ledes state the story's news far more often than any two sentences: they link at
  // the bar a pair must reach to stay in a group, not the higher one to found it.
  const lede = (i: number): boolean => bySource[statements[i]!.source]![0] === i;
  const alignment = alignStatements(statements, {
    linkFor: (a, b) => (lede(a) && lede(b) ? KEEP_PROBABILITY : null),
    compatible: (a, b) =>
      slotsAgree(slots[a]!, slots[b]!) &&
      (compatible === undefined || compatible(statements[a]!, statements[b]!)),
  });
  const byKey = new Map<string, number>();
  statements.forEach((s, i) => byKey.set(`${s.source}:${s.sentence.index}`, i));
  const groupOf = groupIndex(alignment.groups);
  const strictGroupOf = groupIndex(alignment.strictGroups);
  const near: number[][] = statements.map(() => []);
  for (const pair of alignment.pairs) {
    near[pair.a]!.push(pair.b);
    near[pair.b]!.push(pair.a);
  }
  for (const group of alignment.groups)
    for (const i of group) for (const j of group) if (i !== j) near[i]!.push(j);
  const neighbours = near.map((list) => [...new Set(list)].sort((x, y) => x - y));
  return {
    documents,
    sources,
    origins,
    offTopic,
    statements,
    alignment,
    bySource,
    neighbours: (statement) => neighbours[statement] ?? [],
    statementAt: (source, sentence) => byKey.get(`${source}:${sentence}`),
    storyEntity: (source, entity) => storyEntities.byArticle.get(`${source}:${entity}`) ?? entity,
    groupOf,
    sameFact: (a, b) => {
      const g = strictGroupOf.get(a);
      return g !== undefined && g === strictGroupOf.get(b);
    },
  };
}

/** The citation of a statement: the exact sentence of its source's cleaned text. */
/**
 * The part of a document's text its analysis read (analysis stops at a bound, `DEFAULT_MAX_CHARS`):
 * what a step that scans the text itself may read, so no step reads more than the facts come from.
 */
export function analysedText(doc: Document): string {
  const end = doc.analysis.sentences.at(-1)?.end ?? 0;
  return end >= doc.article.text.length ? doc.article.text : doc.article.text.slice(0, end);
}

export function citationOf(context: StoryContext, statement: number): Citation {
  const s = context.statements[statement]!;
  return {
    source: context.sources[s.source]!.id,
    text: s.sentence.text,
    start: s.sentence.start,
    end: s.sentence.end,
  };
}

/** Each statement's group, by its index in `groups`. */
function groupIndex(groups: readonly (readonly number[])[]): Map<number, number> {
  const index = new Map<number, number>();
  groups.forEach((g, k) => {
    for (const i of g) index.set(i, k);
  });
  return index;
}
