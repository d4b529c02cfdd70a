/**
 * @module ingest/extract-article
 * Step: a raw document -> an article, stored once (a second arrival by URL or body is a duplicate; the
 * same job asking again after a lost lease finds its own article, still new). A new article is placed
 * into its story next. An extractor that throws costs this item only.
 */

import { fromPayload } from './document-payload.js';
import { withHints } from './feed-document.js';
import type { Task } from './tasks.js';

export const extractArticle: Task<'extract-article'> = async ({ document, hints, feed }, context) => {
  const raw = fromPayload(document);
  let result: ReturnType<typeof context.pipeline.extract>;
  try {
    result = context.pipeline.extract(raw);
  } catch (error) {
    context.crashed(raw.input, error);
    return;
  }
  if (!result.ok) {
    context.report({ input: raw.input, status: 'failed', reason: result.reason });
    return;
  }
  const article = withHints(result.article, hints);
  const added = await context.store.addArticle({ article, feed, key: context.key });
  const url = (await context.store.findArticle(added.id))?.url ?? null;
  context.report({ input: raw.input, status: added.status, id: added.id, url });
  if (added.status === 'new') await context.next('place-article', { id: added.id });
};
