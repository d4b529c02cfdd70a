/**
 * @module extract/decode-text
 * Bytes of a plain-text dump -> string: UTF-8 (with or without BOM, a few damaged bytes becoming
 * replacement characters), UTF-16 by BOM, and Windows-1252 when the bytes are mostly not UTF-8 (the
 * usual encoding of old plain-text corpora).
 */
import iconv from 'iconv-lite';
import { isMostlyUtf8 } from './charset/detect.js';

/** How many bytes are checked for UTF-8: enough to be sure, bounded on a huge dump. */
const UTF8_CHECK_BYTES = 1 << 20;

/** C1 control characters: never text, they are Windows-1252 bytes that were read as Latin-1. */
const C1_RE = /[\u0080-\u009f]/g;
const C1_TEST_RE = /[\u0080-\u009f]/;
/** What Windows-1252 gives each of the bytes 0x80-0x9F, one character each, decoded once. */
const WINDOWS_1252_C1 = iconv.decode(
  Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)),
  'windows-1252',
);

/**
 * A string whose Windows-1252 bytes were once read as Latin-1 (by a crawler, or Node's own
 * `TextDecoder('windows-1252')`) holds C1 control characters where the text had curly quotes,
 * apostrophes and dashes (U+0093 for `“`): each becomes the character Windows-1252 gives its byte.
 */
export function repairC1Controls(text: string): string {
  if (!C1_TEST_RE.test(text)) return text;
  return text.replace(C1_RE, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decodes a text's bytes; a string (a dump read already, a record's field, a page given as text) was
 * decoded before, and only its byte-order mark and C1 controls are mended. The one place extraction
 * repairs C1 controls.
 */
export function decodeText(content: string | Uint8Array): string {
  if (typeof content === 'string') return repairC1Controls(content.replace(/^\uFEFF/, ''));
  if (content[0] === 0xff && content[1] === 0xfe)
    return iconv.decode(Buffer.from(content), 'utf-16le').replace(/^\uFEFF/, '');
  if (content[0] === 0xfe && content[1] === 0xff)
    return iconv.decode(Buffer.from(content), 'utf-16be').replace(/^\uFEFF/, '');
  // UTF-8 with a few damaged bytes stays UTF-8 (each damaged byte a replacement character).
  if (isMostlyUtf8(content.subarray(0, UTF8_CHECK_BYTES)))
    return new TextDecoder('utf-8').decode(content).replace(/^\uFEFF/, '');
  return iconv.decode(Buffer.from(content), 'windows-1252');
}
