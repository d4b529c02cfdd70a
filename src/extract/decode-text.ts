/**
 * @module extract/decode-text
 * Bytes of a plain-text dump -> string: UTF-8 (with or without BOM), UTF-16 by BOM, and Windows-1252
 * when the bytes are not valid UTF-8 (the usual encoding of old plain-text corpora).
 */
import iconv from 'iconv-lite';

/** Decodes a text file's bytes; a string is returned as it is. */
export function decodeText(content: string | Uint8Array): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  if (content[0] === 0xff && content[1] === 0xfe)
    return iconv.decode(Buffer.from(content), 'utf-16le').replace(/^\uFEFF/, '');
  if (content[0] === 0xfe && content[1] === 0xff)
    return iconv.decode(Buffer.from(content), 'utf-16be').replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(Buffer.from(content), 'windows-1252');
  }
}
