/**
 * @module server/guards/host-check
 * Answers only requests whose Host header names this server: a loopback name, an IP address, the host it
 * was bound to, or a name the operator allowed (`--allowed-host`, for a reverse proxy). A web page whose
 * own name was rebound to this machine's address (DNS rebinding) sends its own name and is refused.
 * IP addresses are always fine: a page can only be same-origin with an address by being served from it.
 */

import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { refuse } from './refuse.js';

export interface HostCheckOptions {
  /** Names besides loopback names and IP addresses (the bound host, `--allowed-host` names). */
  readonly allowedHosts?: readonly string[];
}

/** The host name of a Host header value, without port, brackets or a trailing dot, lowercased. */
export function hostName(header: string): string | null {
  const value = header.trim().toLowerCase();
  if (value === '') return null;
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close < 0) return null;
    const rest = value.slice(close + 1);
    if (rest !== '' && !/^:\d{1,5}$/.test(rest)) return null;
    return value.slice(1, close);
  }
  const match = /^([^:]+)(?::\d{1,5})?$/.exec(value);
  return match?.[1] ? match[1].replace(/\.$/, '') : null;
}

const isLoopbackName = (name: string): boolean => name === 'localhost' || name.endsWith('.localhost');

export function hostCheck(options: HostCheckOptions = {}): MiddlewareHandler {
  const allowed = new Set(
    (options.allowedHosts ?? []).map((h) => hostName(h)).filter((h): h is string => h !== null),
  );
  return async (c, next) => {
    const header = c.req.header('host') ?? new URL(c.req.url).host;
    const name = hostName(header);
    if (name === null || !(isIP(name) !== 0 || isLoopbackName(name) || allowed.has(name))) {
      return refuse(
        c,
        403,
        'bad-host',
        `this server does not answer to the host ${JSON.stringify(header.slice(0, 200))}; ` +
          'if it is yours (a reverse proxy), start it with --allowed-host NAME',
      );
    }
    await next();
  };
}
