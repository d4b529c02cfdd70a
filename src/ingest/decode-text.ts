/**
 * @module ingest/decode-text
 * Bytes to text for feeds and OPML: the charset from the Content-Type header, else a byte-order mark,
 * else the XML declaration, else UTF-8. (Pages go to extraction as bytes: it reads their charset.)
 */

import iconv from 'iconv-lite';

/** The charset a Content-Type header names, lowercased, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match?.[1]?.toLowerCase() ?? null;
}

function sniff(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i)?.[1]?.toLowerCase() ?? null;
}

/** Decodes a feed or OPML document. Unknown charsets fall back to UTF-8 rather than failing. */
export function decodeXmlBytes(bytes: Uint8Array, contentType?: string | null): string {
  const charset = charsetOf(contentType) ?? sniff(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    if (iconv.encodingExists(charset)) return iconv.decode(Buffer.from(bytes), charset);
    return new TextDecoder('utf-8').decode(bytes);
  }
}
