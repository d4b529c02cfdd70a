/**
 * @module bench/extract-metric
 * The scores the extraction benchmark reports: body F1 over 4-token shingles (the
 * article-extraction-benchmark's metric, as described in ../shared/data/README.md), snippet
 * accuracy (trafilatura's evaluation set) and metadata agreement.
 */

import type { ChildNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'br',
  'figure',
  'figcaption',
  'dt',
  'dd',
  'header',
  'footer',
  'main',
  'hr',
]);

/** The text of an HTML fragment, with a space at every block boundary. */
export function htmlToText(html: string): string {
  const document = parseDocument(html);
  const parts: string[] = [];
  const stack: (ChildNode | string)[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (isText(node)) parts.push(node.data);
    else if (isTag(node)) {
      if (node.name === 'script' || node.name === 'style') continue;
      const block = BLOCK.has(node.name);
      if (block) {
        parts.push(' ');
        stack.push(' ');
      }
      for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Characters no browser draws: soft hyphens and zero-width spaces, which gold texts and snippets keep
 * from the page's markup (`Netan\u00ADyahu`). Both sides are compared without them.
 */
const UNSEEN = /[\u00AD\u200B\u2060\uFEFF]/g;

/** Tokens: runs of letters, digits and `_`, read as a reader sees them. */
function tokens(text: string): string[] {
  return text.replace(UNSEEN, '').match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** The multiset of 4-token shingles of a text (one shingle of all tokens when fewer than 4). */
function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  const count = Math.max(words.length > 0 ? 1 : 0, words.length - 3);
  for (let index = 0; index < count; index += 1) {
    const shingle = words.slice(index, index + 4).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  readonly precision: number;
  readonly recall: number;
}

/** One page's precision and recall from normalised multiset overlaps. */
export function scorePage(predicted: string, gold: string): PageScore {
  const a = shingles(predicted);
  const b = shingles(gold);
  let tp = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const [shingle, count] of a) {
    sizeA += count;
    tp += Math.min(count, b.get(shingle) ?? 0);
  }
  for (const count of b.values()) sizeB += count;
  const fp = sizeA - tp;
  const fn = sizeB - tp;
  const total = tp + fp + fn;
  if (total === 0) return { precision: 1, recall: 1 };
  const [ntp, nfp, nfn] = [tp / total, fp / total, fn / total];
  return {
    precision: ntp + nfp === 0 ? 0 : ntp / (ntp + nfp),
    recall: ntp + nfn === 0 ? 1 : ntp / (ntp + nfn),
  };
}

/** Precision and recall averaged over pages, and their harmonic mean. */
export function f1Of(scores: readonly PageScore[]): { precision: number; recall: number; f1: number } {
  const precision = scores.reduce((sum, score) => sum + score.precision, 0) / Math.max(1, scores.length);
  const recall = scores.reduce((sum, score) => sum + score.recall, 0) / Math.max(1, scores.length);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/** Text compared as a reader sees it, on both sides: case, runs of white space and `UNSEEN` characters aside. */
const squash = (text: string) => text.replace(UNSEEN, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Snippets right: `with` snippets found in the text plus `without` snippets absent from it. */
export function snippetHits(text: string, withSnippets: readonly string[], without: readonly string[]) {
  const body = squash(text);
  let right = 0;
  for (const snippet of withSnippets) if (body.includes(squash(snippet))) right += 1;
  for (const snippet of without) if (!body.includes(squash(snippet))) right += 1;
  return { right, total: withSnippets.length + without.length };
}

const simple = (text: string | null | undefined) =>
  squash(text ?? '')
    .replace(/^by\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Titles agree when equal, or equal once one drops a site-name suffix or prefix. */
export function sameTitle(found: string | null, expected: string | null): boolean {
  const a = simple(found);
  const b = simple(expected);
  if (!a || !b) return a === b;
  return (
    a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `) || b.endsWith(` ${a}`) || a.endsWith(` ${b}`)
  );
}

/** Bylines agree when equal after dropping "By" and punctuation, or one contains the other. */
export function sameByline(found: string | null, expected: string | null): boolean {
  const a = simple(found);
  const b = simple(expected);
  if (!a || !b) return a === b;
  return a === b || a.includes(b) || b.includes(a);
}

/** Dates agree on the calendar day they name. */
export function sameDate(found: string | null, expected: string | null): boolean {
  const day = (value: string | null) => {
    if (!value) return '';
    const iso = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
    if (iso) return iso[0];
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? value : new Date(parsed).toISOString().slice(0, 10);
  };
  return day(found) === day(expected);
}
