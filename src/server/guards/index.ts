/**
 * @module server/guards
 * The middleware that lets the server be exposed, in the order it runs: security headers on every
 * response, the Host check, per-client write rate limits, the write token, writes taking turns with
 * reads (a burst of writes never holds up a read), and JSON bodies bounded in type, size and depth.
 */

import type { MiddlewareHandler } from 'hono';
import { hostCheck } from './host-check.js';
import { type JsonBodyOptions, jsonBody } from './json-body.js';
import { securityHeaders } from './security-headers.js';
import { takeTurns } from './take-turns.js';
import { type WriteRateLimitOptions, writeRateLimit } from './write-rate-limit.js';
import { writeToken } from './write-token.js';

export interface GuardOptions {
  /** Writes need `Authorization: Bearer TOKEN` when set. */
  readonly token?: string;
  /** Host names answered besides loopback names and IP addresses. */
  readonly allowedHosts?: readonly string[];
  /** Writes per minute per client (0: no limit). Default 300. */
  readonly writesPerMinute?: number;
  readonly clientOf?: WriteRateLimitOptions['clientOf'];
  readonly body?: JsonBodyOptions;
}

/** Writes per minute per client by default: a busy feed every few seconds, far below what hurts. */
export const DEFAULT_WRITES_PER_MINUTE = 300;

export function guards(options: GuardOptions = {}): MiddlewareHandler[] {
  return [
    securityHeaders(),
    hostCheck({ allowedHosts: options.allowedHosts ?? [] }),
    writeRateLimit({
      perMinute: options.writesPerMinute ?? DEFAULT_WRITES_PER_MINUTE,
      ...(options.clientOf ? { clientOf: options.clientOf } : {}),
    }),
    writeToken(options.token),
    takeTurns(),
    jsonBody(options.body),
  ];
}
