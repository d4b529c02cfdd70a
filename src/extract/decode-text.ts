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

/** Decodes a text file's bytes; a string is returned as it is. */
export function decodeText(content: string | Uint8Array): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  if (content[0] === 0xff && content[1] === 0xfe)
    return iconv.decode(Buffer.from(content), 'utf-16le').replace(/^\uFEFF/, '');
  if (content[0] === 0xfe && content[1] === 0xff)
    return iconv.decode(Buffer.from(content), 'utf-16be').replace(/^\uFEFF/, '');
  // UTF-8 with a few damaged bytes stays UTF-8 (each damaged byte a replacement character).
  if (isMostlyUtf8(content.subarray(0, UTF8_CHECK_BYTES)))
    return new TextDecoder('utf-8').decode(content).replace(/^\uFEFF/, '');
  return iconv.decode(Buffer.from(content), 'windows-1252');
}
