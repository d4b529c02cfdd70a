/**
 * @module synthesize/brief-story
 * Documents of one story -> one brief. The steps run in the order declared here; each reads the story
 * context (sources, origins, aligned statements) and what the steps before it found.
 */
import { analyze } from '../analyze/index.js';
import type { Article, Brief, Contradiction, Document } from '../types.js';
import { mergeEntities } from './entities.js';
import { buildFacts, exclusivesOf, originsOf } from './facts.js';
import { findFraming } from './framing.js';
import { findLifeEventConflicts } from './life-events.js';
import { findPlaceConflicts } from './places.js';
import { findPolarityConflicts } from './polarity.js';
import { compareQuantities } from './quantities.js';
import { alignQuotes } from './quotes.js';
import { findRoleConflicts } from './roles.js';
import { findSlotConflicts } from './slot-conflicts.js';
import { buildStoryContext } from './story-context.js';
import { writeHeadline, writeSummary } from './summary.js';
import { buildTimeline } from './timeline.js';

/**
 * Synthesises the brief of analysed documents that report one story.
 * @example const brief = synthesize(articles.map((article) => ({ article, analysis: analyze(article) })));
 */
export function synthesize(documents: readonly Document[]): Brief {
  const context = buildStoryContext(documents);
  const entities = mergeEntities(context);
  const quotes = alignQuotes(context, entities);
  const facts = buildFacts(context);
  const quantities = compareQuantities(context);
  const timeline = buildTimeline(context);
  const contradictions: Contradiction[] = [
    ...quantities.conflicts,
    ...timeline.conflicts,
    ...findPolarityConflicts(context),
    ...findRoleConflicts(context),
    ...findPlaceConflicts(context),
    ...findLifeEventConflicts(context),
  ];
  // One claim said with another figure: a disagreement the measures above did not already name.
  for (const c of findSlotConflicts(context)) {
    const cited = (x: Contradiction) => new Set(x.sides.map((s) => `${s.source}:${s.start}`));
    const keys = cited(c);
    if (!contradictions.some((d) => [...cited(d)].filter((k) => keys.has(k)).length >= 2))
      contradictions.push(c);
  }
  const headline = writeHeadline(context, facts);
  return {
    headline,
    summary: writeSummary(context, facts, contradictions),
    sources: context.sources,
    origins: originsOf(context),
    offTopic: [...context.offTopic].sort((a, b) => a - b).map((i) => context.sources[i]!.id),
    facts: facts.map(({ statements: _statements, rank: _rank, central: _central, ...fact }) => fact),
    exclusives: exclusivesOf(context, facts),
    quotes,
    quantities: quantities.comparisons,
    contradictions,
    timeline: timeline.timeline,
    entities: entities.entities,
    framing: findFraming(context),
  };
}

/**
 * Analyses and synthesises extracted articles that report one story.
 * @example const brief = briefStory(articles);
 */
export function briefStory(articles: readonly Article[]): Brief {
  return synthesize(articles.map((article) => ({ article, analysis: analyze(article) })));
}
