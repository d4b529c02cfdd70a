/**
 * @module extract/text/clean-text
 * First cleaner for plain-text page dumps: keeps the lines that read as body prose.
 */
import type { Block, ExtractedFields, ExtractHints, RemovedBlock } from '../../types.js';

/** A body line has at least this many words: shorter lines in a dump are menus, badges and widgets. */
const MIN_BODY_WORDS = 8;

export function cleanText(text: string, hints: ExtractHints = {}): ExtractedFields {
  const lines = text
    .replace(/\u00a0/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const kept: string[] = [];
  const removed: RemovedBlock[] = [];
  for (const line of lines) {
    const words = line.split(/\s+/).length;
    if (words >= MIN_BODY_WORDS && /[.!?”"’]$/.test(line)) kept.push(line);
    else removed.push({ text: line, reason: 'chrome' });
  }
  const paragraphs: Block[] = [];
  let offset = 0;
  for (const line of kept) {
    paragraphs.push({ kind: 'paragraph', text: line, start: offset, end: offset + line.length });
    offset += line.length + 2;
  }
  return {
    title: hints.title ?? null,
    published: hints.published ?? null,
    outlet: hints.outlet ?? null,
    byline: hints.byline ?? null,
    credits: [],
    dateline: null,
    language: hints.language ?? null,
    paragraphs,
    captions: [],
    removed,
    text: kept.join('\n\n'),
  };
}
