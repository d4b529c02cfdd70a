/**
 * @module ingest/place-article
 * Steps that place stored articles into stories through the clusterer, whose state lives in the store
 * (`Store.clusterState`): each placement reads what it needs by key and commits atomically with the
 * stories it changes, so any number of processes place side by side and none replays the archive.
 * `place-article` places one article just stored (a story it joins asks for a fresh brief); an article
 * the clusterer leaves out is recorded with the reason. `place-articles` places whatever was stored and
 * never placed (a run or worker that died between the two, a database from before the state was stored).
 */

import type { Article } from '../types.js';
import { clusterDocOf } from './pipeline.js';
import type { Task, TaskContext } from './tasks.js';

/** What the clusterer answers for a document it placed before (a retried job, a sweep racing a job). */
const ALREADY_PLACED = /^duplicate-id\b/;

/** Articles read at once by a sweep. */
const PAGE = 200;

/** Places one stored article; a story it joins asks for a fresh brief. */
export async function placeStored(id: string, article: Article, context: TaskContext): Promise<void> {
  const result = await context.clusterer.add(clusterDocOf({ ...article, id }));
  if (result.ok) {
    await context.next('write-brief', { story: result.story });
    return;
  }
  if (ALREADY_PLACED.test(result.reason)) return;
  await context.store.leaveOut(id, result.reason);
  context.skipped([{ id, reason: result.reason }]);
}

export const placeArticle: Task<'place-article'> = async ({ id }, context) => {
  const stored = await context.store.findArticle(id);
  if (stored) await placeStored(stored.id, stored.article, context);
};

export const placeArticles: Task<'place-articles'> = async (_payload, context) => {
  for (let seen = new Set<string>(); ; ) {
    const page = (await context.store.listUnplaced(PAGE)).filter((stored) => !seen.has(stored.id));
    if (page.length === 0) return;
    for (const stored of page) {
      seen.add(stored.id);
      if (context.signal?.aborted) return;
      await placeStored(stored.id, stored.article, context);
    }
  }
};
