/**
 * @module extract/charset/decode
 * Bytes of an HTML page -> text, choosing the charset the way a browser does, in order:
 * byte-order mark, the HTTP Content-Type charset, the page's own `<meta>` (prescan), then, for
 * undeclared bytes, UTF-8 when they are valid UTF-8 and otherwise the detector's guess.
 * A declared UTF-8 that is mostly not UTF-8 is also re-guessed (a common server misconfiguration);
 * one with a few damaged bytes stays UTF-8, each damaged byte a replacement character.
 */
import iconv from 'iconv-lite';
import { detectCharset, isMostlyUtf8, isValidUtf8 } from './detect.js';
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

/** How many bytes are checked for UTF-8 validity: enough to be sure, bounded on huge pages. */
const UTF8_CHECK_BYTES = 1 << 20;

/**
 * True when the bytes hold at least a few multi-byte UTF-8 sequences. Legacy-charset text that is
 * also valid UTF-8 and has them is vanishingly rare, so such bytes are UTF-8 whatever the page
 * declares (re-encoded pages keep their old `<meta charset>` all the time).
 */
function hasMultibyteUtf8(bytes: Uint8Array): boolean {
  let sequences = 0;
  for (let index = 0; index + 1 < bytes.length; index += 1) {
    const byte = bytes[index]!;
    if (byte >= 0xc2 && byte <= 0xf4 && ((bytes[index + 1] ?? 0) & 0xc0) === 0x80) {
      sequences += 1;
      if (sequences >= 4) return true;
    }
  }
  return false;
}

/** Undeclared or misdeclared-UTF-8 bytes: UTF-8 when valid, else the detector's guess. */
function guessCharset(bytes: Uint8Array): string {
  return isValidUtf8(bytes.subarray(0, UTF8_CHECK_BYTES)) ? 'utf-8' : detectCharset(bytes);
}

/**
 * Decodes an HTML page's bytes to text.
 * @example decodeHtml(bytes, 'text/html; charset=Shift_JIS').charset === 'cp932'
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedHtml {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.charset), charset: bom.charset };
  let charset = charsetFromContentType(contentType) ?? prescanCharset(bytes);
  const sample = bytes.subarray(0, UTF8_CHECK_BYTES);
  // A declared UTF-8 page is re-guessed only when it is mostly not UTF-8 (a legacy page served as
  // UTF-8); one damaged byte in a UTF-8 page decodes as a replacement character, not the page as Latin-1.
  if (charset === 'utf-8' && !isMostlyUtf8(sample)) charset = null;
  else if (charset !== null && charset !== 'utf-8' && hasMultibyteUtf8(sample) && isValidUtf8(sample))
    charset = 'utf-8';
  charset ??= guessCharset(bytes);
  return { text: decodeWith(bytes, charset), charset };
}
