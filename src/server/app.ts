/**
 * @module server/app
 * The HTTP API (Hono): thin routes that validate with zod, call the service and answer JSON. Errors
 * carry their status (`HttpError`) and one handler maps every error to a response: JSON under `/api`,
 * an HTML page elsewhere (the web UI's routes, see `ui/routes.ts`).
 */

import { Hono } from 'hono';
import type { ZodType } from 'zod';
import { VERSION } from '../ingest/fetcher.js';
import { type GuardOptions, guards } from './guards/index.js';
import { HttpError } from './http-error.js';
import { openApiDocument } from './openapi.js';
import { createResponseCache } from './response-cache.js';
import { AddArticleBody, IdParam, SearchQuery, StoriesQuery } from './schemas.js';
import type { Service } from './service.js';
import { registerUi, uiErrorResponse } from './ui/routes.js';

/** Largest POST body accepted, in bytes: a long article with its HTML. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

function parse<T>(schema: ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid';
  throw new HttpError(400, 'bad-request', `invalid ${where}: ${summary}`, issues);
}

export interface AppOptions {
  /** Cache GET answers until the store changes. Default true. */
  readonly cache?: boolean;
  /** Write token, allowed hosts, rate limits and body bounds (`guards/`); secure defaults. */
  readonly guards?: GuardOptions;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** Builds the API app over a service; `app.request(url)` serves it in-process. */
export function createApp(service: Service, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use(...guards(options.guards));
  const cache = createResponseCache(() => service.changeToken());
  const cached = (key: string, compute: () => Promise<string>): Promise<string> =>
    options.cache === false ? compute() : cache.get(key, compute);

  const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');
  app.onError((error, c) => {
    if (!isApi(c.req.path)) return uiErrorResponse(c, error);
    if (error instanceof HttpError) {
      return c.json(
        {
          error: {
            code: error.code,
            message: error.message,
            ...(error.details ? { issues: error.details } : {}),
          },
        },
        error.status,
      );
    }
    console.error(error);
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  app.notFound((c) =>
    isApi(c.req.path)
      ? c.json({ error: { code: 'not-found', message: `no route ${c.req.method} ${c.req.path}` } }, 404)
      : uiErrorResponse(c, new HttpError(404, 'not-found', `no page ${c.req.path}`)),
  );

  app.get('/api/health', async (c) => c.json({ ...(await service.health()), version: VERSION }));

  app.get('/api/stories', async (c) => {
    const query = parse(StoriesQuery, c.req.query(), 'query');
    const key = `stories ${query.limit} ${query.offset} ${query.q ?? ''}`;
    const body = await cached(key, async () => JSON.stringify({ stories: await service.listStories(query) }));
    return c.body(body, 200, JSON_TYPE);
  });

  app.get('/api/stories/:id', async (c) => {
    const { id } = parse(IdParam, c.req.param(), 'path');
    return c.body(await cached(`story ${id}`, () => service.getStoryJson(id)), 200, JSON_TYPE);
  });

  app.get('/api/articles/:id', async (c) => {
    const { id } = parse(IdParam, c.req.param(), 'path');
    return c.json(await service.getArticle(id));
  });

  app.get('/api/search', async (c) => {
    const query = parse(SearchQuery, c.req.query(), 'query');
    const key = `search ${query.limit} ${query.offset} ${query.q}`;
    const body = await cached(key, async () =>
      JSON.stringify({ results: await service.search(query.q, query) }),
    );
    return c.body(body, 200, JSON_TYPE);
  });

  app.post('/api/articles', async (c) => {
    const length = Number(c.req.header('content-length') ?? 0);
    if (length > MAX_BODY_BYTES) throw new HttpError(413, 'too-large', `body over ${MAX_BODY_BYTES} bytes`);
    if (!(c.req.header('content-type') ?? '').includes('application/json')) {
      throw new HttpError(400, 'bad-request', 'send the article as JSON (Content-Type: application/json)');
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpError(400, 'bad-request', 'the body is not valid JSON');
    }
    const input = parse(AddArticleBody, body, 'body');
    const accepted =
      'url' in input && Object.keys(input).length === 1 && typeof input.url === 'string'
        ? await service.addArticle({ url: input.url })
        : await service.addArticle({ record: input as Record<string, unknown> });
    // Queued, not done: the work runs off the request path; the status path says how it went.
    c.header('location', accepted.status);
    return c.json(accepted, 202);
  });

  app.get('/api/jobs/:id', async (c) => {
    const { id } = parse(IdParam, c.req.param(), 'path');
    return c.json(await service.getJob(id));
  });

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  // The web UI: the same data as pages a person reads (HTML errors on its routes, JSON under /api).
  registerUi(app, service, options);

  return app;
}
