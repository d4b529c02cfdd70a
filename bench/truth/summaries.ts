/**
 * @module bench/truth/summaries
 * Summary bullets on real news beyond the annotated events: the product's briefs of every WikiRef220
 * article (each alone) and of the even-numbered (dev) NeuS stories, each bullet judged by helpers from
 * the product's output of one day (`summary-judged.json`, how: README.md): ok, or the defect that keeps
 * it from standing alone. A bullet is known by its first citation (article id and offsets in the
 * extracted text, checked by a fingerprint of its words); bullets chosen since that day are unjudged and
 * counted apart. Dev only: rules were written from these verdicts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { briefStory } from '../../src/synthesize/index.js';
import type { Article } from '../../src/types.js';
import { fingerprint, loadEvents, WIKIREF_FIRST_ID } from './corpus.js';
import { articlesOf, loadNeus, neusAvailable } from './neus.js';
import { eventArticles } from './run.js';
import { Tally } from './score.js';

interface JudgedBullet {
  readonly story: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly fp: string;
  readonly verdict: string;
}

export interface JudgedSummaryScores {
  readonly stories: number;
  /** Bullets judged ok, of the judged bullets the briefs give now. */
  readonly 'judged bullets without defect': Tally;
  /** Bullets the briefs give now that no verdict covers. */
  readonly unjudged: number;
}

export function scoreJudgedSummaries(): JudgedSummaryScores {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'summary-judged.json');
  const judged = (JSON.parse(readFileSync(file, 'utf8')) as { bullets: JudgedBullet[] }).bullets;
  const verdicts = new Map(judged.map((b) => [`${b.article}|${b.start}|${b.end}|${b.fp}`, b.verdict]));
  const stories: { name: string; articles: Article[] }[] = loadEvents()
    .filter((e) => e.id >= WIKIREF_FIRST_ID)
    .map((e) => ({ name: e.name, articles: eventArticles(e).articles }));
  if (neusAvailable())
    for (const story of loadNeus().filter((s) => s.index % 2 === 0))
      stories.push({ name: `neus ${story.index}`, articles: articlesOf(story).articles });
  const tally = new Tally();
  let unjudged = 0;
  for (const { name, articles } of stories) {
    const brief = briefStory(articles);
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const bullet of brief.summary) {
      const cited = bullet.citations[0];
      const article = cited
        ? byId.get(brief.sources.find((s) => s.id === cited.source)?.document ?? '')
        : undefined;
      const key =
        cited && article
          ? `${article.id}|${cited.start}|${cited.end}|${fingerprint(article.text.slice(cited.start, cited.end))}`
          : '';
      const verdict = verdicts.get(key);
      if (verdict === undefined) unjudged++;
      else tally.add(verdict === 'ok', () => `${name}: ${verdict}: ${bullet.text.slice(0, 100)}`);
    }
  }
  return { stories: stories.length, 'judged bullets without defect': tally, unjudged };
}
