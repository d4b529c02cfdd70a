/**
 * @module test/analyze/article
 * Builds `Article`s for the analysis tests: from blocks of text, and from a seed page dump (lines that
 * look like body paragraphs, published date from the ` date YYYY-MM-DD` header or a `Published ...` line).
 */
import type { Article, Block, BlockKind } from '../../src/types.js';

/** An article whose blocks are joined by a blank line, as the cleaner produces them. */
export function makeArticle(
  blocks: readonly (string | { readonly kind: BlockKind; readonly text: string })[],
  published: string | null,
  id = 'test',
): Article {
  const paragraphs: Block[] = [];
  let text = '';
  for (const b of blocks) {
    const kind: BlockKind = typeof b === 'string' ? 'paragraph' : b.kind;
    const body = typeof b === 'string' ? b : b.text;
    if (text.length > 0) text += '\n\n';
    paragraphs.push({ kind, start: text.length, end: text.length + body.length, text: body });
    text += body;
  }
  return {
    input: id,
    id,
    url: null,
    title: null,
    published,
    outlet: null,
    byline: null,
    credits: [],
    dateline: null,
    language: 'en',
    paragraphs,
    captions: [],
    removed: [],
    text,
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An article from a seed page dump: body-like lines (> 80 characters) and its publication date. */
export function seedArticle(dump: string, id: string): Article {
  let published: string | null = /^\s*date (\d{4}-\d{2}-\d{2})/m.exec(dump)?.[1] ?? null;
  const pub = /Published\s+(?:\w+,\s+)?(\w{3})\w*\.?\s+(\d{1,2}),\s+(\d{4})/.exec(dump);
  if (!published && pub) {
    const m = MONTHS.indexOf(pub[1]!.toLowerCase()) + 1;
    if (m > 0) published = `${pub[3]}-${String(m).padStart(2, '0')}-${pub[2]!.padStart(2, '0')}`;
  }
  if (!published) {
    const header = /^\s*\w+day,\s+(\w+)\s+(\d{1,2}),\s+(\d{4})/m.exec(dump);
    const m = header ? MONTHS.indexOf(header[1]!.slice(0, 3).toLowerCase()) + 1 : 0;
    if (header && m > 0)
      published = `${header[3]}-${String(m).padStart(2, '0')}-${header[2]!.padStart(2, '0')}`;
  }
  const lines = dump
    .split('\n')
    .map((l) => l.trim().replace(/^•\s*/, ''))
    .filter((l) => l.length > 80 && !/^date \d{4}/.test(l));
  return makeArticle(lines, published, id);
}
