/**
 * @module ingest/pinned-dispatcher
 * HTTP dispatchers (undici agents) that connect a host name only to the addresses the address guard
 * checked: the socket's DNS lookup answers those addresses and nothing else, so the name is never
 * resolved a second time between the check and the connect (DNS rebinding). TLS still verifies the
 * certificate against the host name. Agents are kept per (host, addresses) so keep-alive connections are
 * reused while a host keeps answering the same addresses; a new answer gets a new agent.
 */

import type { LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { bareHost } from './address-guard.js';

/** Maps a checked address to the one the socket opens: identity, except in tests (see the SSRF suite). */
export type SocketAddress = (checked: string) => string;

export interface PinnedDispatcherOptions {
  /** Longest wait for a TCP/TLS connection, in ms. */
  readonly connectTimeoutMs: number;
  /** Tests point checked public addresses at loopback servers with this; identity by default. */
  readonly socketAddress?: SocketAddress;
  /** Tests only: the certificate authorities to trust instead of the default ones. */
  readonly ca?: string;
  /** Agents kept for reuse; the least recently used is dropped past this. Default 32. */
  readonly maxAgents?: number;
}

export interface PinnedDispatchers {
  /** A dispatcher that connects `hostname` to `addresses` only (the caller has checked them). */
  dispatcherFor(hostname: string, addresses: readonly string[]): Dispatcher;
  /** Closes every kept agent (their idle sockets do not keep the process alive meanwhile). */
  close(): Promise<void>;
}

class UncheckedAddressError extends Error {
  readonly code = 'ERR_UNCHECKED_ADDRESS';
}

function pinnedAgent(
  hostname: string,
  addresses: readonly string[],
  options: PinnedDispatcherOptions,
): Agent {
  const host = bareHost(hostname).toLowerCase();
  const toSocket = options.socketAddress ?? ((address: string) => address);
  const targets: LookupAddress[] = addresses.map((checked) => {
    const address = toSocket(checked);
    return { address, family: isIP(address) };
  });
  const lookup: LookupFunction = (name, lookupOptions, callback) => {
    if (bareHost(name).toLowerCase() !== host) {
      callback(
        new UncheckedAddressError(`refusing to resolve ${name} on a connection pinned to ${host}`),
        '',
      );
      return;
    }
    const family =
      lookupOptions.family === 'IPv4' ? 4 : lookupOptions.family === 'IPv6' ? 6 : lookupOptions.family;
    const usable = targets.filter((t) => !family || t.family === family);
    const first = usable[0];
    if (first === undefined) {
      const error: NodeJS.ErrnoException = new Error(`${host} has no IPv${family} address`);
      error.code = 'ENOTFOUND';
      callback(error, '');
    } else if (lookupOptions.all) callback(null, usable);
    else callback(null, first.address, first.family);
  };
  const base = buildConnector({
    timeout: options.connectTimeoutMs,
    lookup,
    ...(options.ca !== undefined ? { ca: options.ca } : {}),
  });
  const connect: buildConnector.connector = (connectOptions, callback) => {
    const name = bareHost(connectOptions.hostname);
    if (isIP(name) !== 0) {
      // An IP literal is connected to as it is (no lookup): it must be the checked one.
      if (!addresses.includes(name)) {
        callback(new UncheckedAddressError(`refusing to connect to unchecked address ${name}`), null);
        return;
      }
      base({ ...connectOptions, hostname: toSocket(name) }, callback);
      return;
    }
    if (name.toLowerCase() !== host) {
      callback(new UncheckedAddressError(`refusing to connect to ${name} with ${host}'s addresses`), null);
      return;
    }
    base(connectOptions, callback);
  };
  return new Agent({ connect });
}

/** @example const d = createPinnedDispatchers({ connectTimeoutMs: 10_000 }).dispatcherFor('a.example', ['93.184.216.34']); */
export function createPinnedDispatchers(options: PinnedDispatcherOptions): PinnedDispatchers {
  const maxAgents = options.maxAgents ?? 32;
  const agents = new Map<string, Agent>();
  return {
    dispatcherFor(hostname, addresses) {
      const key = `${bareHost(hostname).toLowerCase()} ${addresses.join(' ')}`;
      let agent = agents.get(key);
      if (agent) agents.delete(key);
      else agent = pinnedAgent(hostname, addresses, options);
      agents.set(key, agent);
      // An evicted agent is dropped, not closed: a request may still be on its way to it, and its idle
      // connections close by themselves after undici's keep-alive timeout.
      for (const oldKey of agents.keys()) {
        if (agents.size <= maxAgents) break;
        agents.delete(oldKey);
      }
      return agent;
    },
    async close() {
      const all = [...agents.values()];
      agents.clear();
      await Promise.all(all.map((agent) => agent.close().catch(() => undefined)));
    },
  };
}
