/**
 * @module ingest/address-guard
 * Decides which addresses the fetcher may connect to: only globally reachable ones, as the IANA IPv4 and
 * IPv6 special-purpose address registries define them (RFC 6890 and its updates), with the IPv4 address
 * inside IPv4-mapped, NAT64, 6to4 and Teredo addresses checked too. `resolveHost` resolves a name once and
 * checks every address it answers; the fetcher then connects to exactly those addresses
 * (`pinned-dispatcher.ts`), so a name cannot answer one address to the check and another to the connect.
 */

import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Resolves a host name to all its addresses. */
export type Lookup = (hostname: string) => Promise<readonly string[]>;

export const systemLookup: Lookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/** A block as [first address as a 32-bit number, prefix length]. */
type V4Block = readonly [number, number];

const v4 = (dotted: string, bits: number): V4Block => [v4ToNumber(dotted) ?? 0, bits];

/**
 * IPv4 blocks that are not globally reachable: the IANA IPv4 special-purpose registry's entries marked
 * "Globally Reachable: False" (or N/A), plus multicast, which is not a unicast destination at all.
 */
const NOT_GLOBAL_V4: readonly V4Block[] = [
  v4('0.0.0.0', 8), // "this network" (0.0.0.0 itself reaches the local host on Linux)
  v4('10.0.0.0', 8), // private-use
  v4('100.64.0.0', 10), // shared address space (carrier-grade NAT)
  v4('127.0.0.0', 8), // loopback
  v4('169.254.0.0', 16), // link-local (cloud metadata services live here)
  v4('172.16.0.0', 12), // private-use
  v4('192.0.0.0', 24), // IETF protocol assignments (DS-Lite, NAT64 discovery, ...), see GLOBAL_V4
  v4('192.0.2.0', 24), // documentation (TEST-NET-1)
  v4('192.88.99.0', 24), // 6to4 relay anycast (deprecated)
  v4('192.168.0.0', 16), // private-use
  v4('198.18.0.0', 15), // benchmarking
  v4('198.51.100.0', 24), // documentation (TEST-NET-2)
  v4('203.0.113.0', 24), // documentation (TEST-NET-3)
  v4('224.0.0.0', 4), // multicast
  v4('240.0.0.0', 4), // reserved, and 255.255.255.255 limited broadcast
];

/** Registry entries inside a refused block that are marked globally reachable. */
const GLOBAL_V4: readonly V4Block[] = [
  v4('192.0.0.9', 32), // Port Control Protocol anycast
  v4('192.0.0.10', 32), // TURN anycast
];

function v4ToNumber(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

const inV4 = (value: number, [start, bits]: V4Block): boolean =>
  value >= start && value < start + 2 ** (32 - bits);

function isGlobalV4Number(value: number): boolean {
  if (GLOBAL_V4.some((block) => inV4(value, block))) return true;
  return !NOT_GLOBAL_V4.some((block) => inV4(value, block));
}

/** Expands an IPv6 address to eight 16-bit groups (an embedded IPv4 tail becomes two groups). */
function expandV6(ip: string): number[] | null {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const v4Tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (v4Tail?.[1]) {
    const value = v4ToNumber(v4Tail[1]);
    if (value === null) return null;
    text =
      text.slice(0, -v4Tail[1].length) + `${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  const numbers = groups.map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? Number.parseInt(g, 16) : Number.NaN));
  return numbers.some(Number.isNaN) ? null : numbers;
}

/** The IPv4 address two 16-bit groups carry. */
const v4Of = (high: number, low: number): number => high * 0x10000 + low;

/**
 * The IANA IPv6 special-purpose registry, read as a connect target: only 2000::/3 is global unicast;
 * inside it the IETF protocol block 2001::/23 (Teredo, benchmarking, ORCHID), documentation
 * 2001:db8::/32 and 3fff::/20 are not reachable, except the registry's globally reachable entries.
 * Addresses that carry an IPv4 address (mapped, NAT64, 6to4, Teredo) are as reachable as that address.
 */
function isGlobalV6(ip: string): boolean {
  const g = expandV6(ip);
  if (g === null) return false;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0) {
    // ::ffff:0:0/96 IPv4-mapped: the socket connects to the IPv4 address itself.
    if (g5 === 0xffff) return isGlobalV4Number(v4Of(g6, g7));
    // ::/128, ::1/128 and the deprecated IPv4-compatible ::/96 (which never route to IPv4 hosts).
    return false;
  }
  // 64:ff9b::/96 well-known NAT64 prefix: reaches the embedded IPv4 address through a translator.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return isGlobalV4Number(v4Of(g6, g7));
  // Everything outside 2000::/3 is special or unallocated: 64:ff9b:1::/48 local-use NAT64, 100::/64
  // discard-only, 100:0:0:1::/64 dummy prefix, 5f00::/16 SRv6 SIDs, fc00::/7 unique-local,
  // fe80::/10 link-local, fec0::/10 site-local, ff00::/8 multicast, ::ffff:0:0:0/96 SIIT.
  if ((g0 & 0xe000) !== 0x2000) return false;
  if (g0 === 0x3fff && g1 < 0x1000) return false; // 3fff::/20 documentation
  if (g0 === 0x2001 && g1 === 0x0db8) return false; // 2001:db8::/32 documentation
  if (g0 === 0x2002) return isGlobalV4Number(v4Of(g1, g2)); // 6to4 embeds its IPv4 router
  if (g0 === 0x2001 && g1 < 0x200) {
    // Teredo 2001::/32: the server's IPv4 address, then the client's, its bits inverted.
    if (g1 === 0) {
      return isGlobalV4Number(v4Of(g2, g3)) && isGlobalV4Number(v4Of(g6 ^ 0xffff, g7 ^ 0xffff));
    }
    const anycast = g1 === 1 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0; // 2001:1::1 to ::3
    const amt = g1 === 3; // 2001:3::/32
    const as112 = g1 === 4 && g2 === 0x112; // 2001:4:112::/48
    const orchidOrDrone = g1 >= 0x20 && g1 <= 0x3f; // ORCHIDv2 2001:20::/28, drone remote ID 2001:30::/28
    return (anycast && g7 >= 1 && g7 <= 3) || amt || as112 || orchidOrDrone;
  }
  return true;
}

/** True for an address that is globally reachable (and is an address at all). */
export function isGlobalAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) {
    const value = v4ToNumber(ip);
    return value !== null && isGlobalV4Number(value);
  }
  if (family === 6) return isGlobalV6(ip);
  return false;
}

/** True for an address that is not on the public internet (or is not an address at all). */
export function isPrivateAddress(ip: string): boolean {
  return !isGlobalAddress(ip);
}

/** Names that are the local machine whatever a resolver says (RFC 6761). */
function isLocalhostName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

export type HostAddresses =
  | { readonly ok: true; readonly addresses: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** A URL's host name without the brackets of an IPv6 literal. */
export const bareHost = (hostname: string): string => hostname.replace(/^\[|\]$/g, '');

/**
 * Resolves a host once and checks every address it answers; the addresses are the ones to connect to.
 * An IP literal is checked as it is.
 */
export async function resolveHost(hostname: string, lookup: Lookup): Promise<HostAddresses> {
  const host = bareHost(hostname);
  if (host === '') return { ok: false, reason: 'invalid-url: no host' };
  if (isLocalhostName(host)) {
    return { ok: false, reason: `private-address: ${host} is this machine (use --allow-private)` };
  }
  let addresses: readonly string[];
  if (isIP(host) !== 0) addresses = [host];
  else {
    try {
      addresses = [...new Set(await lookup(host))];
    } catch (error) {
      return {
        ok: false,
        reason: `dns-failed: ${host} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      };
    }
  }
  if (addresses.length === 0) return { ok: false, reason: `dns-failed: ${host} has no address` };
  const notAddress = addresses.find((address) => isIP(address) === 0);
  if (notAddress !== undefined) return { ok: false, reason: `dns-failed: ${host} answered ${notAddress}` };
  const blocked = addresses.find(isPrivateAddress);
  if (blocked !== undefined) {
    return { ok: false, reason: `private-address: ${host} resolves to ${blocked} (use --allow-private)` };
  }
  return { ok: true, addresses };
}
