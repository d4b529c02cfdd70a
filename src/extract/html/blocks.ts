/**
 * @module extract/html/blocks
 * Turns the cleaned article container into body blocks and captions. Headings become `heading`
 * blocks; paragraphs, list items, quotes and preformatted text become `paragraph` blocks; inline
 * runs in a div become one block each; a `<figcaption>` (or a caption-classed element in a figure)
 * becomes a caption with its credit split off, outside the body text.
 */
import type { Caption } from '../../types.js';
import { attr, type ChildNode, classAndId, type Element, isTag, isText } from './dom.js';

export interface RawBlock {
  readonly kind: 'heading' | 'paragraph';
  readonly text: string;
  /** The class and id of the element the block came from (to recognise a standfirst). */
  readonly hint: string;
}

const HEADING = /^h[1-6]$/;
/** Tags that end the current block when they open or close. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'hr',
  'address',
  'center',
]);
const CAPTION_CLASS = /caption|credit|wp-caption-text/i;
const CREDIT_CLASS = /credit|copyright|photographer|source|byline/i;

/** The label before a credit: `Photo:`, `Picture by`, `Credit:`. */
const CREDIT_LABEL = /^(?:photo|picture|image|foto|credit|source|file photo)s?\s*(?:by\b|:)?\s*/i;

/** A credit sits at the end of its caption: only this many last characters are searched for one. */
const CREDIT_WINDOW = 240;

/** Caption text, then its credit: `(Photo: ...)`, `Photo by ...`, `REUTERS/Jane Roe`, an agency, `© ...`. */
const CREDIT_PATTERNS: readonly RegExp[] = [
  /^(.*?)[\s.]*[([]\s*((?:photo|picture|image|foto|credit|source|file photo)s?\s*(?:by|:)?\s*[^)\]]{2,80})[)\]]\s*$/i,
  /^(.*?)[\s.]*\b((?:photo|picture|image|foto|credit|source)s?\s*(?:by|:)\s*.{2,80})$/i,
  // (words are told apart by a mandatory space: optional spaces between word runs backtrack exponentially)
  /^(.*?[.!?)"”])\s+((?:[A-Z][\w.-]*\s){0,4}[A-Z][\w.-]*\/[\w.'-]+(?:\s[\w.'-]+)*\s?(?:via [A-Z][\w .]+)?)$/,
  /^(.*?[.!?)"”])\s+((?:REUTERS|AFP|AP|EPA|GETTY IMAGES|XINHUA|TASS|SPUTNIK|ANADOLU|BLOOMBERG)\b.{0,80})$/,
  /^(.*?)\s*[©]\s*(.{2,80})$/,
];

/** A caption's text with its credit split off (`... (Photo: Jane Roe/AFP)`, `... REUTERS/Jane Roe`). */
export function splitCredit(text: string): Caption {
  // The patterns run on the caption's end: their work stays bounded on a runaway caption.
  const offset = Math.max(0, text.length - CREDIT_WINDOW);
  const tail = text.slice(offset);
  for (const pattern of CREDIT_PATTERNS) {
    const match = pattern.exec(tail);
    if (match && (match[1] || offset > 0) && match[2]) {
      const credit = match[2]
        .replace(CREDIT_LABEL, '')
        .replace(/[\s.)]+$/, '')
        .trim();
      if (credit) return { text: (text.slice(0, offset) + match[1]).trim(), credit };
    }
  }
  return { text, credit: null };
}

/** A caption from a figcaption element: credit elements inside it are the credit. */
function readCaption(element: Element): Caption | null {
  const textParts: string[] = [];
  const creditParts: string[] = [];
  const stack: { node: ChildNode; credit: boolean }[] = [...element.children]
    .reverse()
    .map((node) => ({ node, credit: false }));
  while (stack.length > 0) {
    const { node, credit } = stack.pop()!;
    if (isText(node)) (credit ? creditParts : textParts).push(node.data);
    else if (isTag(node)) {
      const isCredit = credit || CREDIT_CLASS.test(classAndId(node));
      for (let index = node.children.length - 1; index >= 0; index -= 1) {
        stack.push({ node: node.children[index]!, credit: isCredit });
      }
    }
  }
  const text = textParts.join('').replace(/\s+/g, ' ').trim();
  const credit = creditParts.join('').replace(/\s+/g, ' ').trim();
  if (!text && !credit) return null;
  if (credit) return { text, credit: credit.replace(CREDIT_LABEL, '') };
  return splitCredit(text);
}

function isCaptionElement(element: Element, inFigure: boolean): boolean {
  if (element.name === 'figcaption') return true;
  return inFigure && CAPTION_CLASS.test(classAndId(element));
}

interface Frame {
  readonly node: ChildNode;
  readonly inFigure: boolean;
  /** A closing marker: the block element ends here. */
  readonly close?: Element;
}

/** Reads blocks and captions from the article container in document order. */
export function readBlocks(content: Element): { blocks: RawBlock[]; captions: Caption[] } {
  const blocks: RawBlock[] = [];
  const captions: Caption[] = [];
  let buffer: string[] = [];
  let hint = '';
  let headingDepth = 0;
  const flush = () => {
    const text = buffer.join('').replace(/\s+/g, ' ').trim();
    buffer = [];
    if (text) blocks.push({ kind: headingDepth > 0 ? 'heading' : 'paragraph', text, hint });
  };
  const stack: Frame[] = [...content.children].reverse().map((node) => ({ node, inFigure: false }));
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.close) {
      if (BLOCK_TAGS.has(frame.close.name)) flush();
      if (HEADING.test(frame.close.name)) headingDepth -= 1;
      continue;
    }
    const node = frame.node;
    if (isText(node)) {
      buffer.push(node.data);
      continue;
    }
    if (!isTag(node)) continue;
    if (node.name === 'br') {
      buffer.push(' ');
      continue;
    }
    if (node.name === 'img' && attr(node, 'alt') === '') continue;
    if (isCaptionElement(node, frame.inFigure)) {
      const caption = readCaption(node);
      if (caption) captions.push(caption);
      continue;
    }
    if (BLOCK_TAGS.has(node.name)) {
      flush();
      hint = classAndId(node);
    }
    if (HEADING.test(node.name)) headingDepth += 1;
    stack.push({ node, inFigure: frame.inFigure, close: node });
    const inFigure = frame.inFigure || node.name === 'figure';
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      stack.push({ node: node.children[index]!, inFigure });
    }
  }
  flush();
  return { blocks, captions };
}
