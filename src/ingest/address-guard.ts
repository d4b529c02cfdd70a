/**
 * @module ingest/address-guard
 * Refuses addresses on loopback, private, link-local and other non-public networks (IPv4 and IPv6),
 * checked after DNS resolution, so a feed cannot point the fetcher at the machine or its network.
 */

import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Resolves a host name to all its addresses. */
export type Lookup = (hostname: string) => Promise<readonly string[]>;

export const systemLookup: Lookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/** IPv4 ranges that are not the public internet: [first octets as a number, prefix length]. */
const PRIVATE_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
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

function isPrivateV4(ip: string): boolean {
  const value = v4ToNumber(ip);
  if (value === null) return true;
  return PRIVATE_V4.some(([base, bits]) => {
    const start = v4ToNumber(base) ?? 0;
    const size = 2 ** (32 - bits);
    return value >= start && value < start + size;
  });
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

function isPrivateV6(ip: string): boolean {
  const g = expandV6(ip);
  if (g === null) return true;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embeddedV4 = `${g6 >>> 8}.${g6 & 255}.${g7 >>> 8}.${g7 & 255}`;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0) {
    if (g5 === 0xffff) return isPrivateV4(embeddedV4); // IPv4-mapped
    if (g5 === 0) return true; // ::, ::1 and the deprecated IPv4-compatible block
  }
  if (g0 === 0x64 && g1 === 0xff9b) return isPrivateV4(embeddedV4); // NAT64
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return true; // site-local (deprecated)
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return true; // documentation
  if (g0 === 0x2002) return isPrivateV4(`${g1 >>> 8}.${g1 & 255}.${g2 >>> 8}.${g2 & 255}`); // 6to4
  return false;
}

/** True for an address that is not on the public internet (or is not an address at all). */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return isPrivateV4(ip);
  if (family === 6) return isPrivateV6(ip);
  return true;
}

export type AddressCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Checks that every address a host resolves to is public (an IP literal is checked as it is). */
export async function checkHost(hostname: string, lookup: Lookup): Promise<AddressCheck> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: readonly string[];
  if (isIP(host) !== 0) addresses = [host];
  else {
    try {
      addresses = await lookup(host);
    } catch (error) {
      return {
        ok: false,
        reason: `dns-failed: ${host} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      };
    }
  }
  if (addresses.length === 0) return { ok: false, reason: `dns-failed: ${host} has no address` };
  const blocked = addresses.find(isPrivateAddress);
  if (blocked !== undefined) {
    return { ok: false, reason: `private-address: ${host} resolves to ${blocked} (use --allow-private)` };
  }
  return { ok: true };
}
