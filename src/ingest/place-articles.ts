/**
 * @module ingest/place-articles
 * Step: every stored article not placed yet -> its story (see `placer.ts`); the stories that changed
 * ask for fresh briefs, and the articles the clusterer left out are reported with the reason.
 */

import type { Task } from './tasks.js';

export const placeArticles: Task<'place-articles'> = async (_payload, context) => {
  const result = await context.placer.place();
  if (result.skipped.length > 0) context.skipped(result.skipped);
  for (const story of result.changed) await context.next('write-brief', { story });
};
