/**
 * @module ingest/fetcher
 * Polite HTTP fetching: a clear User-Agent, robots.txt, per-host concurrency and rate, Retry-After on
 * 429/503, conditional requests, one deadline for a whole request (robots.txt, redirects and retries
 * included), a size limit enforced while streaming, and redirects followed by hand. Every hop's host is
 * resolved once, every address checked, and the connection made to exactly the checked addresses
 * (`pinned-dispatcher.ts`); non-public addresses are refused unless allowed. Nothing is cached between
 * hops or requests but robots.txt.
 * Every outcome is a value; nothing here throws for a bad page or a bad network.
 */

import { type Dispatcher, fetch as undiciFetch } from 'undici';
import { type Lookup, resolveHost, systemLookup } from './address-guard.js';
import { createHostLimiter, type HostLimiter } from './host-limiter.js';
import { createPinnedDispatchers, type SocketAddress } from './pinned-dispatcher.js';
import { readAtMost } from './read-at-most.js';
import { ALLOW_ALL, parseRobots, type Robots } from './robots.js';

export const VERSION = '0.1.0';
export const USER_AGENT = `Corroborate/${VERSION} (+https://github.com/corroborate)`;

export interface FetcherOptions {
  /**
   * The fetch to use (tests inject one; it is handed the pinned dispatcher as `dispatcher`); defaults
   * to undici's fetch, which honours it.
   */
  readonly fetch?: typeof fetch;
  /** Resolves host names, once per hop (tests inject one to point a name at 127.0.0.1 or rebind it). */
  readonly lookup?: Lookup;
  /** Tests only: maps a checked address to the one the socket opens (identity by default). */
  readonly socketAddress?: SocketAddress;
  /** Allow loopback, private and link-local addresses (tests and intranets). Default false. */
  readonly allowPrivate?: boolean;
  readonly userAgent?: string;
  /**
   * One deadline for a whole `get`, in ms: robots.txt, every redirect hop, retries and Retry-After waits,
   * headers and body. It starts when the URL's first request gets its turn on the host (waiting behind
   * other URLs of a busy host is not counted). Default 15 s: a slow news page is rarely slower.
   */
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
  /** Closes kept connections (idle ones never keep the process alive, so this is optional). */
  close?(): Promise<void>;
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
  const read = await readAtMost(response.body, maxBytes);
  return read.ok ? read : { ok: false, reason: `too-large: more than ${maxBytes} bytes` };
}

/** The whole request's deadline: started once, shared by robots.txt, every hop and every retry. */
class Deadline {
  readonly signal: AbortSignal;
  readonly #ms: number;
  readonly #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #endsAt = Number.POSITIVE_INFINITY;

  constructor(ms: number, outer: AbortSignal | undefined) {
    this.#ms = ms;
    this.signal = outer ? AbortSignal.any([outer, this.#controller.signal]) : this.#controller.signal;
  }

  get started(): boolean {
    return this.#timer !== undefined;
  }

  get expired(): boolean {
    return this.#controller.signal.aborted;
  }

  start(): void {
    if (this.#timer !== undefined) return;
    this.#endsAt = performance.now() + this.#ms;
    this.#timer = setTimeout(
      () => this.#controller.abort(new DOMException('deadline passed', 'TimeoutError')),
      this.#ms,
    );
  }

  /** Milliseconds left (all of them before the start). */
  remaining(): number {
    return this.started ? Math.max(0, this.#endsAt - performance.now()) : this.#ms;
  }

  clear(): void {
    clearTimeout(this.#timer);
  }
}

/**
 * Settles as `promise` does, or rejects with the signal's reason once it aborts; `onLate` then gets the
 * value the promise still brings (to hand back a host turn that is no longer wanted).
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, onLate?: (value: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(signal.reason);
      if (onLate) promise.then(onLate, () => undefined);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function describeError(error: unknown, deadline: Deadline, timeoutMs: number): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (deadline.expired || err.name === 'TimeoutError') {
    return `timeout: not done within ${timeoutMs} ms (robots.txt, redirects and retries included)`;
  }
  if (err.name === 'AbortError') return 'aborted';
  const cause = err.cause?.code ?? err.cause?.message;
  return `network-error: ${cause ?? err.message}`;
}

/** The part of fetch the fetcher uses, with undici's `dispatcher` (an injected fetch may ignore it). */
type FetchFunction = (
  url: URL,
  init: {
    readonly headers: Record<string, string>;
    readonly redirect: 'manual';
    readonly signal: AbortSignal;
    readonly dispatcher?: Dispatcher;
  },
) => Promise<Response>;

/**
 * Creates a fetcher that keeps per-host manners (robots, rate, pauses) across calls; addresses are
 * resolved and checked afresh for every hop of every request.
 * @example const result = await createFetcher().get('https://news.example/feed.xml');
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const doFetch = (options.fetch ?? undiciFetch) as unknown as FetchFunction;
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
  const dispatchers = createPinnedDispatchers({
    connectTimeoutMs: Math.min(timeoutMs, 10_000),
    ...(options.socketAddress ? { socketAddress: options.socketAddress } : {}),
  });
  const robotsCache = new Map<string, Promise<Robots>>();

  /** A turn on the host; the deadline starts with the URL's first turn and bounds every later wait. */
  async function turn(host: string, deadline: Deadline): Promise<() => void> {
    const release = await untilAborted(limiter.acquire(host), deadline.signal, (late) => late());
    deadline.start();
    return release;
  }

  /** One request to checked addresses (any, with allowPrivate), no redirects followed, under the host's limits. */
  async function once(
    url: URL,
    headers: Record<string, string>,
    addresses: readonly string[] | null,
    deadline: Deadline,
  ): Promise<Response> {
    const release = await turn(url.host, deadline);
    try {
      return await doFetch(url, {
        headers,
        redirect: 'manual',
        signal: deadline.signal,
        ...(addresses ? { dispatcher: dispatchers.dispatcherFor(url.hostname, addresses) } : {}),
      });
    } finally {
      release();
    }
  }

  function robotsFor(url: URL, deadline: Deadline): Promise<Robots> {
    if (!obeyRobots) return Promise.resolve(ALLOW_ALL);
    let robots = robotsCache.get(url.origin);
    if (!robots) {
      robots = follow(new URL('/robots.txt', url), {}, deadline, false).then((result) => {
        if (!result.ok) {
          // A timeout or a broken connection says nothing about the rules: ask again next time.
          if (/^(timeout|network-error|aborted)/.test(result.reason)) robotsCache.delete(url.origin);
          return ALLOW_ALL;
        }
        if (result.notModified || result.status >= 400) return ALLOW_ALL;
        const parsed = parseRobots(new TextDecoder().decode(result.body.subarray(0, 500_000)), 'corroborate');
        if (parsed.crawlDelay !== null) limiter.slowDown(url.host, Math.min(parsed.crawlDelay, 30) * 1000);
        return parsed;
      });
      robotsCache.set(url.origin, robots);
    }
    return untilAborted(robots, deadline.signal);
  }

  async function follow(
    start: URL,
    request: FetchRequest,
    deadline: Deadline,
    checkRobots: boolean,
  ): Promise<FetchOutcome> {
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
      let response: Response;
      try {
        // Resolved once for this hop (or this retry); the connection goes to exactly these addresses.
        // With allowPrivate any address is fine, and the name is left to the ordinary resolver.
        let addresses: readonly string[] | null = null;
        if (!allowPrivate) {
          // Before the first turn the deadline has not started: a resolver that never answers is
          // still given no longer than the whole request would be.
          const dnsSignal = deadline.started
            ? deadline.signal
            : AbortSignal.any([deadline.signal, AbortSignal.timeout(timeoutMs)]);
          const resolved = await untilAborted(resolveHost(url.hostname, lookup), dnsSignal);
          if (!resolved.ok) return fail(resolved.reason);
          addresses = resolved.addresses;
        }
        if (checkRobots && !(await robotsFor(url, deadline)).isAllowed(url.pathname + url.search)) {
          return fail('robots-disallowed: robots.txt asks crawlers to keep out');
        }
        response = await once(url, headers, addresses, deadline);
      } catch (error) {
        return fail(describeError(error, deadline, timeoutMs));
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
        if (attempt < retries && wait <= Math.min(maxRetryAfterMs, deadline.remaining())) {
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
        return fail(describeError(error, deadline, timeoutMs));
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
      const deadline = new Deadline(timeoutMs, request.signal);
      try {
        return await follow(url, request, deadline, true);
      } finally {
        deadline.clear();
      }
    },
    close: () => dispatchers.close(),
  };
}
