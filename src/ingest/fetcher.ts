/**
 * @module ingest/fetcher
 * Polite HTTP fetching: a clear User-Agent, robots.txt, per-host concurrency and rate, Retry-After on
 * 429/503, conditional requests, timeouts, a size limit enforced while streaming, redirects followed by
 * hand with every hop's address re-checked, and non-public addresses refused unless allowed.
 * Every outcome is a value; nothing here throws for a bad page or a bad network.
 */

import { checkHost, type Lookup, systemLookup } from './address-guard.js';
import { createHostLimiter, type HostLimiter } from './host-limiter.js';
import { ALLOW_ALL, parseRobots, type Robots } from './robots.js';

export const VERSION = '0.1.0';
export const USER_AGENT = `Corroborate/${VERSION} (+https://github.com/corroborate)`;

export interface FetcherOptions {
  /** The fetch to use (tests inject one); defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** Resolves host names (tests inject one to point a name at 127.0.0.1). */
  readonly lookup?: Lookup;
  /** Allow loopback, private and link-local addresses (tests and intranets). Default false. */
  readonly allowPrivate?: boolean;
  readonly userAgent?: string;
  /** Whole-request timeout, headers and body, in ms. Default 15 s: a slow news page is rarely slower. */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 5 MiB: ten times a heavy article page. */
  readonly maxBytes?: number;
  /** Redirect hops followed. Default 5, as browsers follow about 20 but feeds rarely need more than 2. */
  readonly maxRedirects?: number;
  /** Requests in flight to one host. Default 2. */
  readonly perHostConcurrency?: number;
  /** Minimum gap between request starts to one host, in ms. Default 250 (4 a second). */
  readonly perHostIntervalMs?: number;
  /** Longest Retry-After we wait for before giving up on an item, in ms. Default 30 s. */
  readonly maxRetryAfterMs?: number;
  /** Tries after a 429/503. Default 2. */
  readonly retries?: number;
  /** Obey robots.txt. Default true. */
  readonly robots?: boolean;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface FetchRequest {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly accept?: string;
  readonly signal?: AbortSignal;
}

export interface FetchedResponse {
  readonly ok: true;
  readonly notModified: boolean;
  readonly status: number;
  /** The final URL after redirects. */
  readonly url: string;
  readonly body: Uint8Array;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly cacheControl: string | null;
  readonly expires: string | null;
  readonly date: string | null;
}

export interface FetchFailure {
  readonly ok: false;
  readonly url: string;
  /** Why, starting with a short code: `timeout`, `too-large`, `redirect-loop`, `http-404`, ... */
  readonly reason: string;
  readonly status?: number;
  /** For a 429/503 we did not wait out: how long the server asked us to wait. */
  readonly retryAfterMs?: number;
}

export type FetchOutcome = FetchedResponse | FetchFailure;

export interface Fetcher {
  get(url: string, request?: FetchRequest): Promise<FetchOutcome>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses Retry-After (seconds or an HTTP date) into milliseconds from now. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

type BodyRead = { ok: true; body: Uint8Array } | { ok: false; reason: string };

async function readLimited(response: Response, maxBytes: number): Promise<BodyRead> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: `too-large: ${declared} bytes declared, limit ${maxBytes}` };
  }
  if (response.body === null) return { ok: true, body: new Uint8Array(0) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: `too-large: more than ${maxBytes} bytes` };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, body };
}

function describeError(error: unknown, timeoutMs: number): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return `timeout: no complete answer within ${timeoutMs} ms`;
  if (err.name === 'AbortError') return 'aborted';
  const cause = err.cause?.code ?? err.cause?.message;
  return `network-error: ${cause ?? err.message}`;
}

/**
 * Creates a fetcher that keeps per-host state (robots, rate, pauses) across calls.
 * @example const result = await createFetcher().get('https://news.example/feed.xml');
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const doFetch = options.fetch ?? globalThis.fetch;
  const lookup = options.lookup ?? systemLookup;
  const allowPrivate = options.allowPrivate ?? false;
  const userAgent = options.userAgent ?? USER_AGENT;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const retries = options.retries ?? 2;
  const obeyRobots = options.robots ?? true;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const limiter: HostLimiter = createHostLimiter({
    concurrency: options.perHostConcurrency ?? 2,
    intervalMs: options.perHostIntervalMs ?? 250,
    now,
    sleep,
  });
  const robotsCache = new Map<string, Promise<Robots>>();
  const hostChecks = new Map<string, Promise<string | null>>();

  /** Null when the host may be fetched, else why not (cached per host for this fetcher's life). */
  function refusal(url: URL): Promise<string | null> {
    if (allowPrivate) return Promise.resolve(null);
    let check = hostChecks.get(url.hostname);
    if (!check) {
      check = checkHost(url.hostname, lookup).then((r) => (r.ok ? null : r.reason));
      hostChecks.set(url.hostname, check);
    }
    return check;
  }

  /** One request, no redirects followed, under the host's limits. */
  async function once(
    url: URL,
    headers: Record<string, string>,
    outer: AbortSignal | undefined,
  ): Promise<Response> {
    const release = await limiter.acquire(url.host);
    // The deadline starts once the host gives us a turn: waiting out a Retry-After is not the server's time.
    const signal = outer
      ? AbortSignal.any([outer, AbortSignal.timeout(timeoutMs)])
      : AbortSignal.timeout(timeoutMs);
    try {
      return await doFetch(url, { headers, redirect: 'manual', signal });
    } finally {
      release();
    }
  }

  function robotsFor(url: URL): Promise<Robots> {
    if (!obeyRobots) return Promise.resolve(ALLOW_ALL);
    let robots = robotsCache.get(url.origin);
    if (!robots) {
      robots = follow(new URL('/robots.txt', url), {}, false).then((result) => {
        if (!result.ok || result.notModified || result.status >= 400) return ALLOW_ALL;
        const parsed = parseRobots(new TextDecoder().decode(result.body.subarray(0, 500_000)), 'corroborate');
        if (parsed.crawlDelay !== null) limiter.slowDown(url.host, Math.min(parsed.crawlDelay, 30) * 1000);
        return parsed;
      });
      robotsCache.set(url.origin, robots);
    }
    return robots;
  }

  async function follow(start: URL, request: FetchRequest, checkRobots: boolean): Promise<FetchOutcome> {
    const headers: Record<string, string> = {
      'user-agent': userAgent,
      accept: request.accept ?? '*/*',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    const seen = new Set<string>();
    let url = start;
    let attempt = 0;
    for (let hop = 0; ; ) {
      const here = url.toString();
      const fail = (reason: string, extra: Partial<FetchFailure> = {}): FetchFailure => ({
        ok: false,
        url: here,
        reason,
        ...extra,
      });
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return fail(`unsupported-scheme: ${url.protocol}`);
      const refused = await refusal(url);
      if (refused !== null) return fail(refused);
      if (checkRobots && !(await robotsFor(url)).isAllowed(url.pathname + url.search)) {
        return fail('robots-disallowed: robots.txt asks crawlers to keep out');
      }
      let response: Response;
      try {
        response = await once(url, headers, request.signal);
      } catch (error) {
        return fail(describeError(error, timeoutMs));
      }
      const status = response.status;
      if (REDIRECTS.has(status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (location === null) return fail(`http-${status}: redirect without a Location`, { status });
        seen.add(here);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          return fail(`bad-redirect: ${location}`, { status });
        }
        next.hash = '';
        if (seen.has(next.toString())) return fail(`redirect-loop: back to ${next}`, { status });
        hop++;
        if (hop > maxRedirects) return fail(`too-many-redirects: more than ${maxRedirects}`, { status });
        url = next;
        continue;
      }
      if (status === 429 || status === 503) {
        await response.body?.cancel().catch(() => undefined);
        const wait = parseRetryAfter(response.headers.get('retry-after'), now()) ?? 1000 * 2 ** attempt;
        limiter.block(url.host, now() + wait);
        if (attempt < retries && wait <= maxRetryAfterMs) {
          attempt++;
          continue;
        }
        return fail(`rate-limited: http-${status}, retry after ${Math.ceil(wait / 1000)} s`, {
          status,
          retryAfterMs: wait,
        });
      }
      const meta = {
        url: here,
        status,
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        cacheControl: response.headers.get('cache-control'),
        expires: response.headers.get('expires'),
        date: response.headers.get('date'),
      };
      if (status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return {
          ok: true,
          notModified: true,
          body: new Uint8Array(0),
          ...meta,
          etag: meta.etag ?? request.etag ?? null,
          lastModified: meta.lastModified ?? request.lastModified ?? null,
        };
      }
      if (status >= 400 && !(checkRobots === false && status < 500)) {
        await response.body?.cancel().catch(() => undefined);
        return fail(`http-${status}`, { status });
      }
      let read: BodyRead;
      try {
        read = await readLimited(response, maxBytes);
      } catch (error) {
        return fail(describeError(error, timeoutMs));
      }
      if (!read.ok) return fail(read.reason, { status });
      return { ok: true, notModified: false, body: read.body, ...meta };
    }
  }

  return {
    async get(raw, request = {}) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return { ok: false, url: raw, reason: 'invalid-url' };
      }
      url.hash = '';
      return follow(url, request, true);
    },
  };
}
