/**
 * @module corroborate
 * The library API: an explicit export list. Everything a program needs to run the pipeline in-process.
 */

export { decodeHtml } from './extract/charset/decode.js';
export type { ExtractHtmlOptions } from './extract/html/extract-html.js';
export { extractHtml, isProbablyHtml } from './extract/html/extract-html.js';
export type * from './types.js';
