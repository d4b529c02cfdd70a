/**
 * @module extract/charset/decode
 * Bytes of an HTML page -> text, choosing the charset the way a browser does, in order:
 * byte-order mark, the HTTP Content-Type charset, the page's own `<meta>` (prescan), then, for
 * undeclared bytes, UTF-8 when they are valid UTF-8 and otherwise the detector's guess.
 * A declared UTF-8 that is not valid UTF-8 is also re-guessed (a common server misconfiguration).
 */
import iconv from 'iconv-lite';
import { detectCharset, isValidUtf8 } from './detect.js';
import { charsetFromContentType } from './labels.js';
import { prescanCharset } from './prescan.js';

export interface DecodedHtml {
  readonly text: string;
  /** The charset used, as an iconv-lite name (`utf-8`, `windows-1251`, `cp932`, `gb18030`, ...). */
  readonly charset: string;
}

/** The charset a byte-order mark names and the mark's length, or null. */
function sniffBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

/** Decodes with one charset; an unknown name falls back to windows-1252 rather than throwing. */
function decodeWith(bytes: Uint8Array, charset: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (charset === 'utf-8') return buffer.toString('utf8');
  try {
    return iconv.decode(buffer, charset);
  } catch {
    return iconv.decode(buffer, 'windows-1252');
  }
}

/** Undeclared or misdeclared-UTF-8 bytes: UTF-8 when valid, else the detector's guess. */
function guessCharset(bytes: Uint8Array): string {
  return isValidUtf8(bytes.subarray(0, 1 << 20)) ? 'utf-8' : detectCharset(bytes);
}

/**
 * Decodes an HTML page's bytes to text.
 * @example decodeHtml(bytes, 'text/html; charset=Shift_JIS').charset === 'cp932'
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedHtml {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.charset), charset: bom.charset };
  let charset = charsetFromContentType(contentType) ?? prescanCharset(bytes);
  if (charset === 'utf-8' && !isValidUtf8(bytes.subarray(0, 1 << 20))) charset = null;
  charset ??= guessCharset(bytes);
  return { text: decodeWith(bytes, charset), charset };
}
