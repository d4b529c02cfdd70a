/**
 * @module server/ui/routes
 * The web UI's routes on the app: `/` (the story list), `/search`, `/stories/:id` and `/assets/*`.
 * Pages are rendered on the server, cached until the store changes, compressed (brotli or gzip) once
 * per page and encoding, and answered with an ETag (a revalidation costs a 304) and HTML error pages.
 * The strict Content-Security-Policy comes with every response from the app's security headers
 * (`guards/security-headers.ts`): pages carry no inline script or style. `/api` is not touched here.
 */
import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { HttpError } from '../http-error.js';
import { createResponseCache } from '../response-cache.js';
import type { Service } from '../service.js';
import { assets } from './assets.js';
import { chooseEncoding, type Encoding, encode } from './encode.js';
import { errorPage } from './error-page.js';
import { frontPage, PAGE_SIZE, searchPage } from './list-pages.js';
import { storyPage } from './story-page.js';

/** Longest search accepted, in characters (as the API). */
const MAX_QUERY = 500;
const MAX_PAGE = 100_000;

interface Rendered {
  readonly status: 200 | 400 | 404 | 500;
  readonly body: Buffer;
  readonly etag: string;
  readonly encoded: Map<Encoding, { body: Buffer; encoding: Encoding }>;
}

function rendered(html: string, status: Rendered['status'] = 200): Rendered {
  const body = Buffer.from(html, 'utf8');
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  return { status, body, etag, encoded: new Map() };
}

function respond(c: Context, page: Rendered, cacheControl: string): Response {
  const headers: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': cacheControl,
    vary: 'Accept-Encoding',
    etag: page.etag,
  };
  if (page.status === 200 && c.req.header('if-none-match') === page.etag) {
    return new Response(null, { status: 304, headers });
  }
  const wanted = chooseEncoding(c.req.header('accept-encoding'));
  let out = page.encoded.get(wanted);
  if (out === undefined) {
    out = encode(page.body, wanted);
    page.encoded.set(wanted, out);
  }
  if (out.encoding !== 'identity') headers['content-encoding'] = out.encoding;
  return new Response(new Uint8Array(out.body), { status: page.status, headers });
}

/** An error on a UI route as an HTML page with its status. */
export function uiErrorResponse(c: Context, error: unknown): Response {
  if (error instanceof HttpError && (error.status === 404 || error.status === 400)) {
    const page =
      error.status === 404
        ? errorPage(
            'Not found',
            'There is no page at this address: the story may have been merged into another.',
          )
        : errorPage('That request is not valid', error.message);
    return respond(c, rendered(page, error.status), 'no-store');
  }
  console.error(error);
  return respond(
    c,
    rendered(errorPage('Something went wrong', 'The page could not be made. Try again in a moment.'), 500),
    'no-store',
  );
}

function pageNumber(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const n = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= MAX_PAGE)) {
    throw new HttpError(
      400,
      'bad-request',
      `“page” must be a whole number from 1 to ${MAX_PAGE.toLocaleString('en')}.`,
    );
  }
  return n;
}

function searchWords(value: string | undefined): string {
  const q = (value ?? '').replace(/\s+/g, ' ').trim();
  if (q.length > MAX_QUERY)
    throw new HttpError(400, 'bad-request', `Searches are at most ${MAX_QUERY} characters long.`);
  return q;
}

export interface UiOptions {
  /** Cache rendered pages until the store changes. Default true. */
  readonly cache?: boolean;
}

export function registerUi(app: Hono, service: Service, options: UiOptions = {}): void {
  const cache = createResponseCache<Rendered>(() => service.changeToken(), 2000);
  const page = (key: string, compute: () => Promise<Rendered>): Promise<Rendered> =>
    options.cache === false ? compute() : cache.get(key, compute);
  const { byPath } = assets();

  app.get('/assets/:file', (c) => {
    const asset = byPath.get(c.req.path);
    if (asset === undefined) throw new HttpError(404, 'not-found', 'no such file');
    const wanted = chooseEncoding(c.req.header('accept-encoding'));
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
    };
    const body = wanted === 'identity' ? asset.body : asset[wanted];
    if (wanted !== 'identity') headers['content-encoding'] = wanted;
    return new Response(new Uint8Array(body), { headers });
  });

  app.get('/', async (c) => {
    const q = c.req.query('q');
    if (q !== undefined) return c.redirect(`/search?q=${encodeURIComponent(searchWords(q))}`, 301);
    const n = pageNumber(c.req.query('page'));
    const result = await page(`front ${n}`, async () => {
      const list = await service.frontPage({ limit: PAGE_SIZE, offset: (n - 1) * PAGE_SIZE });
      return rendered(frontPage(list, n), list.items.length === 0 && n > 1 ? 404 : 200);
    });
    return respond(c, result, 'no-cache');
  });

  app.get('/search', async (c) => {
    const q = searchWords(c.req.query('q'));
    const n = pageNumber(c.req.query('page'));
    const result = await page(`search ${n} ${q}`, async () => {
      if (q === '') return rendered(searchPage(q, null, n));
      const found = await service.searchStories(q, { limit: PAGE_SIZE, offset: (n - 1) * PAGE_SIZE });
      return rendered(searchPage(q, found, n));
    });
    return respond(c, result, 'no-cache');
  });

  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    if (id.length > 200) throw new HttpError(404, 'not-found', 'no such story');
    const result = await page(`story ${id}`, async () => rendered(storyPage(await service.getStory(id))));
    return respond(c, result, 'no-cache');
  });
}
