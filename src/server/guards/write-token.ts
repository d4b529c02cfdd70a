/**
 * @module server/guards/write-token
 * Writes need `Authorization: Bearer TOKEN` when a token is set; reads stay open. The token is compared
 * in constant time (SHA-256 digests of both sides, so their lengths leak nothing either).
 */

import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { isRead, refuse } from './refuse.js';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** True when `given` is `expected`, in time that does not depend on where they differ. */
export function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** With no token, writes are open (the loopback default); with one, a write without it gets 401. */
export function writeToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined || isRead(c.req.method)) return next();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match?.[1] || !sameToken(match[1], token)) {
      return refuse(
        c,
        401,
        'unauthorized',
        header === ''
          ? 'writes need the server token: send Authorization: Bearer TOKEN'
          : 'the token in Authorization: Bearer is not this server token',
        { 'www-authenticate': 'Bearer realm="corroborate"' },
      );
    }
    await next();
  };
}
