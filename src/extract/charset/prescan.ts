/**
 * @module extract/charset/prescan
 * The HTML spec's byte-stream prescan: look for a `<meta charset>` or
 * `<meta http-equiv="content-type" content="...charset=...">` (and an XML declaration's encoding)
 * in the first bytes of a page, skipping comments. The spec reads 1024 bytes; pages in the wild
 * often put a long `<title>` or scripts first, so we read a little more.
 */
import { charsetFor } from './labels.js';

/** How many bytes the prescan reads: the spec's 1024, widened because real heads are long. */
export const PRESCAN_BYTES = 4096;

/** Reads the attributes of one tag's source text (`<meta a="b" c=d>`), lower-cased names. */
function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const match of tag.matchAll(pattern)) {
    const name = match[1]?.toLowerCase();
    if (!name || attributes.has(name)) continue;
    attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** The charset one meta tag declares, or null. */
function charsetOfMeta(tag: string): string | null {
  const attributes = readAttributes(tag.slice(5));
  const direct = attributes.get('charset');
  if (direct !== undefined) return charsetFor(direct);
  const equiv = attributes.get('http-equiv');
  const content = attributes.get('content');
  if (equiv?.toLowerCase() === 'content-type' && content) {
    const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(content);
    if (match) return charsetFor(match[1]);
  }
  return null;
}

/** WHATWG: a prescan that finds a UTF-16 label means UTF-8 (the bytes were read as ASCII). */
function settle(charset: string | null): string | null {
  if (charset === null) return null;
  if (/^utf-?16/.test(charset)) return 'utf-8';
  return charset;
}

/**
 * The charset a page's own markup declares in its first bytes, or null.
 * @example prescanCharset(bytesOf('<meta charset="windows-1251">')) === 'windows-1251'
 */
export function prescanCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString(
    'latin1',
  );
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  let position = 0;
  while (position < head.length) {
    const open = head.indexOf('<', position);
    if (open < 0) break;
    if (head.startsWith('<!--', open)) {
      const close = head.indexOf('-->', open + 4);
      if (close < 0) break;
      position = close + 3;
      continue;
    }
    const end = head.indexOf('>', open + 1);
    if (end < 0) break;
    const tag = head.slice(open, end + 1);
    if (/^<meta[\s/]/i.test(tag)) {
      const charset = settle(charsetOfMeta(tag));
      if (charset) return charset;
    }
    position = end + 1;
  }
  return xml ? settle(charsetFor(xml[1])) : null;
}
