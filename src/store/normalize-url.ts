/**
 * @module store/normalize-url
 * The canonical form of an article's address, so the same page reached by two links is stored once:
 * lowercase scheme and host, no default port, no fragment, no tracking parameters, no trailing slash.
 */

/** Query parameters that only track where a click came from (they never change the page). */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  '_ga',
  '_gl',
  'ocid',
  'cmpid',
  'smid',
  'smtyp',
  'ref_src',
  'ref_url',
  'taid',
  'ito',
  'at_medium',
  'at_campaign',
  'rss',
  'from_rss',
]);

/** Prefixes of tracking parameter families (`utm_source`, `pk_campaign`, ...). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'at_', 'oly_', '__hs', 'vero_'];

function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * Normalises an http(s) URL; returns null for anything that is not one.
 * @example normalizeUrl('HTTPS://News.Example/a/?utm_source=x#top') // 'https://news.example/a'
 */
export function normalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  let text = url.toString();
  if (url.pathname === '/' && url.search === '') text = text.replace(/\/$/, '');
  return text;
}
