/**
 * @module ingest/fetch-page
 * Step: a page URL (a feed item's link, or an article URL given) -> its document, handed on for
 * extraction. A URL already stored is a duplicate without a request.
 */

import { toPayload } from './document-payload.js';
import { PAGE_ACCEPT, pageDocument } from './feed-document.js';
import type { Task } from './tasks.js';

export const fetchPage: Task<'fetch-page'> = async ({ url, input, hints, feed }, context) => {
  const known = await context.store.findArticleIdByUrl(url);
  if (known !== null) {
    context.report({
      input,
      status: 'duplicate',
      id: known,
      url: (await context.store.findArticle(known))?.url ?? null,
    });
    return;
  }
  const page = await context.fetcher.get(url, {
    accept: PAGE_ACCEPT,
    ...(context.signal ? { signal: context.signal } : {}),
  });
  if (!page.ok) {
    context.report({ input, status: 'failed', reason: page.reason });
    return;
  }
  const document = toPayload(pageDocument(input, page.url, page.body, page.contentType));
  await context.next('extract-article', { document, hints, feed });
};
