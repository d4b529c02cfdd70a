/**
 * @module server/guards/write-rate-limit
 * Per-client rate limits on writes: a token bucket per client address (an IPv6 client by its /64, which
 * one household or server usually holds), refilled evenly; past it, 429 with Retry-After.
 */

import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import { isRead, refuse } from './refuse.js';

export interface WriteRateLimitOptions {
  /** Writes one client may make per minute (also the burst it may make at once). 0 turns limits off. */
  readonly perMinute: number;
  /** Who the client is; default: the socket's remote address as @hono/node-server hands it. */
  readonly clientOf?: (c: Context) => string;
  readonly now?: () => number;
}

/** Buckets kept before idle (full) ones are forgotten. */
const MAX_CLIENTS = 10_000;

/** The client's address from @hono/node-server's bindings, else "local" (in-process requests). */
export function socketClient(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return clientKey(incoming?.socket?.remoteAddress ?? 'local');
}

/** An IPv4-mapped address as IPv4, another IPv6 address as its /64. */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const groups = head === '' ? [] : head.split(':');
  if (tail !== undefined) while (groups.length < 4) groups.push('0');
  return `${groups.slice(0, 4).join(':')}::/64`;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function writeRateLimit(options: WriteRateLimitOptions): MiddlewareHandler {
  const capacity = options.perMinute;
  const perMs = capacity / 60_000;
  const clientOf = options.clientOf ?? socketClient;
  const now = options.now ?? Date.now;
  const buckets = new Map<string, Bucket>();

  const forgetIdle = (t: number): void => {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (t - bucket.at) * perMs >= capacity) buckets.delete(key);
    }
    // Still too many clients at once: start afresh rather than grow without bound.
    if (buckets.size > MAX_CLIENTS) buckets.clear();
  };

  return async (c, next) => {
    if (capacity <= 0 || isRead(c.req.method)) return next();
    const t = now();
    const key = clientOf(c);
    let bucket = buckets.get(key);
    if (!bucket) {
      if (buckets.size >= MAX_CLIENTS) forgetIdle(t);
      bucket = { tokens: capacity, at: t };
      buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
    if (bucket.tokens < 1) {
      const seconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      return refuse(c, 429, 'rate-limited', `over ${capacity} writes a minute; retry in ${seconds} s`, {
        'retry-after': String(seconds),
      });
    }
    bucket.tokens -= 1;
    await next();
  };
}
