/**
 * @module bench/truth/run
 * Runs the product on every annotated event (each event's articles as one story, as `corroborate brief`
 * would) and scores the briefs against the truth, per split.
 */
import { analyze } from '../../src/analyze/index.js';
import { extract } from '../../src/extract/index.js';
import { briefStory } from '../../src/synthesize/index.js';
import { buildStoryContext, type StoryContext } from '../../src/synthesize/story-context.js';
import type { Article, Brief, RawDocument } from '../../src/types.js';
import { type CorpusEvent, loadEvents } from './corpus.js';
import type { CompiledTruth } from './format.js';
import { offsetMapper, type RawSpan } from './offsets.js';
import { emptyScores, MEASURES, type Scores, scoreBrief } from './score.js';
import { loadTruth } from './tool.js';

export interface EventRun {
  readonly truth: CompiledTruth;
  readonly event: CorpusEvent;
  readonly brief: Brief;
  readonly scores: Scores;
  /** Articles extraction could not read, with why. */
  readonly failed: readonly string[];
}

/** Extracts an event's records as the CLI would read them from a JSON file. */
export function eventArticles(event: CorpusEvent): {
  articles: Article[];
  aliases: string[];
  failed: string[];
} {
  const articles: Article[] = [];
  const aliases: string[] = [];
  const failed: string[] = [];
  for (const a of event.articles) {
    const raw: RawDocument =
      a.record === null
        ? {
            input: event.id === 0 ? `seeds/${a.id}.txt` : `wikiref/${a.id}.txt`,
            id: a.id,
            kind: 'text',
            content: a.text,
          }
        : {
            input: `giveme5w1h/${event.id}/${a.alias}.json`,
            id: a.id,
            kind: 'record',
            content: JSON.stringify(a.record),
            record: a.record,
          };
    const result = extract(raw);
    if (result.ok) {
      articles.push(result.article);
      aliases.push(a.alias);
    } else failed.push(`${a.alias}: ${result.reason}`);
  }
  return { articles, aliases, failed };
}

/**
 * An event's articles as one story's context, with each statement's article alias and its span in the
 * raw text the truth's offsets count in (null where cleaning left it unplaceable).
 */
export function placedStatements(event: CorpusEvent): {
  context: StoryContext;
  placed: ({ readonly alias: string; readonly span: RawSpan } | null)[];
} {
  const { articles, aliases } = eventArticles(event);
  const context = buildStoryContext(articles.map((article) => ({ article, analysis: analyze(article) })));
  const raw = new Map(event.articles.map((a) => [a.alias, a.text]));
  const maps = articles.map((a, i) => offsetMapper(a.text, a.paragraphs, raw.get(aliases[i]!) ?? ''));
  const placed = context.statements.map((s) => {
    const span = maps[s.source]!(s.sentence.start, s.sentence.end);
    return span ? { alias: aliases[s.source]!, span } : null;
  });
  return { context, placed };
}

export function runEvents(filter: (t: CompiledTruth) => boolean = () => true): EventRun[] {
  const events = new Map(loadEvents().map((e) => [e.id, e]));
  const runs: EventRun[] = [];
  for (const truth of loadTruth().filter(filter)) {
    const event = events.get(truth.event);
    if (!event) continue;
    const { articles, aliases, failed } = eventArticles(event);
    const brief = briefStory(articles);
    runs.push({ truth, event, brief, scores: scoreBrief(truth, event, brief, articles, aliases), failed });
  }
  return runs;
}

export function totals(runs: readonly EventRun[]): Scores {
  const sum = emptyScores();
  for (const run of runs) for (const m of MEASURES) sum[m].merge(run.scores[m]);
  return sum;
}
