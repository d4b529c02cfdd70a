/**
 * @module server/guards/json-body
 * Bodies of writes: JSON only, declared exactly (`application/json`, optionally `; charset=utf-8`: a
 * browser cannot send that cross-site without asking first), at most `maxBytes` counted while the body
 * streams in (413 as soon as the limit is passed, chunked or not, and the connection is closed rather
 * than the rest read), and at most `maxDepth` levels of nesting (checked by a linear scan before anything
 * parses it recursively). The route then reads the body as usual.
 */

import type { Context, MiddlewareHandler } from 'hono';
import { type ReadAtMost, readAtMost } from '../../ingest/read-at-most.js';
import { refuse } from './refuse.js';

export interface JsonBodyOptions {
  /** Largest body, in bytes. Default 2 MiB: a long article with its HTML. */
  readonly maxBytes?: number;
  /** Deepest nesting of arrays and objects. Default 64: a crawler record is a few levels deep. */
  readonly maxDepth?: number;
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** True for `application/json` with no parameter but `charset=utf-8` (any case, spaces around). */
export function isExactlyJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const [type = '', ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((p) => /^charset\s*=\s*(utf-8|"utf-8")$/.test(p)) && parameters.length <= 1;
}

/** The deepest nesting of `[` and `{` outside strings, stopping early once past `limit`. */
export function jsonDepth(bytes: Uint8Array, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x5b || b === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (b === 0x5d || b === 0x7d) depth--;
  }
  return deepest;
}

const tooLarge = (c: Context, maxBytes: number): Response =>
  // The rest of the body is not read: closing the connection is the only way to stop it.
  refuse(c, 413, 'too-large', `the body is over ${maxBytes} bytes`, { connection: 'close' });

export function jsonBody(options: JsonBodyOptions = {}): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const maxDepth = options.maxDepth ?? 64;
  return async (c, next) => {
    if (!WITH_BODY.has(c.req.method)) return next();
    if (!isExactlyJson(c.req.header('content-type'))) {
      return refuse(
        c,
        415,
        'unsupported-media-type',
        'send JSON with Content-Type: application/json (optionally ; charset=utf-8)',
      );
    }
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    if (declared > maxBytes) return tooLarge(c, maxBytes);
    let read: ReadAtMost;
    try {
      read = await readAtMost(c.req.raw.body, maxBytes);
    } catch {
      return refuse(c, 400, 'bad-request', 'the body could not be read to its end');
    }
    if (!read.ok) return tooLarge(c, maxBytes);
    if (jsonDepth(read.body, maxDepth) > maxDepth) {
      return refuse(c, 400, 'too-deep', `the JSON nests deeper than ${maxDepth} levels`);
    }
    const raw = c.req.raw;
    c.req.raw = new Request(raw.url, {
      method: raw.method,
      headers: raw.headers,
      body: read.body,
      signal: raw.signal,
    });
    await next();
  };
}
