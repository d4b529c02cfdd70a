/**
 * @module extract/html/sniff
 * Cheap tests on a document's first characters: does it look like HTML, does it look like binary.
 */

/** How many leading characters the sniffers read. */
const SNIFF_CHARS = 4096;

const HTML_START =
  /^(?:\s|<!--[\s\S]*?-->)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*(?:<!doctype\s+html|<html))/i;
const HTML_TAG =
  /<(?:html|head|body|div|p|span|a|meta|title|script|style|br|table|article|section|main|h[1-6]|ul|li|img|link)[\s>/]/gi;

/**
 * True when a text looks like an HTML page (doctype or `<html>` first, or several HTML tags early).
 * @example isProbablyHtml('<!DOCTYPE html><title>x</title>') === true
 */
export function isProbablyHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '');
  if (head.includes('\u0000')) return false;
  if (HTML_START.test(head)) return true;
  return (head.match(HTML_TAG)?.length ?? 0) >= 3;
}

/** True when a text's start is mostly control characters: binary data, not a page. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (head.length === 0) return false;
  let controls = 0;
  for (let index = 0; index < head.length; index += 1) {
    const code = head.charCodeAt(index);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) controls += 1;
  }
  return controls / head.length > 0.05;
}
