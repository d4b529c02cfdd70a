/**
 * @module server/ui/safe-url
 * Which stored URLs a page may link to: absolute http(s) URLs only. A `javascript:`, `data:` or
 * relative URL from a page or feed is never emitted as a link.
 */

/** The URL, normalised, when it is safe to link to; null otherwise. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url || url.length > 4000) return null;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    if (parsed.username !== '' || parsed.password !== '') return null;
    return parsed.href;
  } catch {
    return null;
  }
}

/** The host a URL points at, without `www.`, or null. */
export function hostOf(url: string | null | undefined): string | null {
  const href = safeHref(url);
  return href === null ? null : new URL(href).hostname.replace(/^www\d?\./, '') || null;
}
