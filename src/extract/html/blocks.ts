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
/** A box holding a picture and its caption, built of spans or divs instead of `<figure>` (`storyimage`, `photo-wrap`). */
const IMAGE_BOX = /(?:^|[\s_-])(?:image|img|photo|picture|storyimage|inlineimage)(?:$|[\s_-])/i;
const CREDIT_CLASS = /credit|copyright|photographer|source|byline/i;

/** The label before a credit: `Photo:`, `Picture by`, `Credit:`. */
const CREDIT_LABEL = /^(?:photo|picture|image|foto|credit|source|file photo)s?\s*(?:by\b|:)?\s*/i;

/** A credit sits at the end of its caption: only this many last characters are searched for one. */
const CREDIT_WINDOW = 240;

/** A caption's text and its credit, as a pattern's two groups split them. */
type CreditSplit = readonly [text: string, credit: string];

/** Reads a caption's end with a pattern whose first group is the text and second the credit. */
const byPattern =
  (pattern: RegExp) =>
  (tail: string): CreditSplit | null => {
    const match = pattern.exec(tail);
    return match ? [match[1] ?? '', match[2] ?? ''] : null;
  };

/** Characters of a credit's words (`\w` as ASCII, with `.`, `'` and `-`). */
const CREDIT_WORD_RE = /[\w.'-]/;
/** Characters of an agency name's words (`\w` with `.` and `-`, no apostrophe). */
const NAME_WORD_RE = /[\w.-]/;
const WHITE_RE = /\s/;
/** Characters of what `via` names: words, spaces and periods. */
const VIA_RE = /[\w .]/;
/** Characters a line holds (what `.` matches). */
const LINE_BREAK_RE = /[\n\r\u2028\u2029]/;

/** The end of the run of characters matching `re` from `at`. */
function runOf(text: string, at: number, re: RegExp): number {
  let i = at;
  while (i < text.length && re.test(text[i]!)) i++;
  return i;
}

/**
 * Whether `text` is a photographer's credit as agencies write it (`Jane Roe/AFP`, `REUTERS/Jane Roe`,
 * `AP Photo/Jane Roe via Getty Images`): up to four capitalised words, each with one white space after
 * it, a capitalised word with a slash and a name after it, more names each after one white space, one
 * white space at most at the end, and a `via` and a capitalised name last if there.
 */
function isAgencyCredit(text: string): boolean {
  let at = 0;
  for (let words = 0; ; words++) {
    if (!/[A-Z]/.test(text[at] ?? '')) return false;
    const end = runOf(text, at + 1, NAME_WORD_RE);
    if (text[end] === '/') {
      at = end + 1;
      break;
    }
    if (words === 4 || !WHITE_RE.test(text[end] ?? '')) return false;
    at = end + 1;
  }
  // After the slash: names each after one white space (one white space may end it), up to `valid`.
  if (!CREDIT_WORD_RE.test(text[at] ?? '')) return false;
  let valid = at + 1;
  while (
    valid < text.length &&
    (CREDIT_WORD_RE.test(text[valid]!) || (WHITE_RE.test(text[valid]!) && !WHITE_RE.test(text[valid - 1]!)))
  )
    valid++;
  if (valid === text.length) return true;
  // Or they end where a `via` begins, right after a name or its white space, naming the rest.
  let namesFrom = text.length;
  while (namesFrom > 0 && VIA_RE.test(text[namesFrom - 1]!)) namesFrom--;
  for (let via = at + 1; via <= valid; via++)
    if (
      text.startsWith('via ', via) &&
      /[A-Z]/.test(text[via + 4] ?? '') &&
      via + 5 < text.length &&
      via + 5 >= namesFrom
    )
      return true;
  return false;
}

/**
 * `... sentence end. Jane Roe/AFP`: the shortest caption text that ends a sentence (`.`, `!`, `?`, `)`,
 * a closing quote) on its first line, white space, then an agency credit (`isAgencyCredit`) to the end.
 */
function agencyCredit(tail: string): CreditSplit | null {
  const lineEnd = tail.search(LINE_BREAK_RE);
  const last = lineEnd < 0 ? tail.length : lineEnd;
  for (let end = 1; end <= last; end++) {
    if (!'.!?)"”'.includes(tail[end - 1]!)) continue;
    const credit = runOf(tail, end, WHITE_RE);
    if (credit > end && isAgencyCredit(tail.slice(credit))) return [tail.slice(0, end), tail.slice(credit)];
  }
  return null;
}

/** Caption text, then its credit: `(Photo: ...)`, `Photo by ...`, `REUTERS/Jane Roe`, an agency, `© ...`. */
const CREDIT_PATTERNS: readonly ((tail: string) => CreditSplit | null)[] = [
  byPattern(
    /^(.*?)[\s.]*[([]\s*((?:photo|picture|image|foto|credit|source|file photo)s?\s*(?:by|:)?\s*[^)\]]{2,80})[)\]]\s*$/i,
  ),
  byPattern(/^(.*?)[\s.]*\b((?:photo|picture|image|foto|credit|source)s?\s*(?:by|:)\s*.{2,80})$/i),
  agencyCredit,
  byPattern(
    /^(.*?[.!?)"”])\s+((?:REUTERS|AFP|AP|EPA|GETTY IMAGES|XINHUA|TASS|SPUTNIK|ANADOLU|BLOOMBERG)\b.{0,80})$/,
  ),
  byPattern(/^(.*?)\s*[©]\s*(.{2,80})$/),
];

/** A caption's text with its credit split off (`... (Photo: Jane Roe/AFP)`, `... REUTERS/Jane Roe`). */
export function splitCredit(text: string): Caption {
  // The patterns run on the caption's end: their work stays bounded on a runaway caption.
  const offset = Math.max(0, text.length - CREDIT_WINDOW);
  const tail = text.slice(offset);
  for (const read of CREDIT_PATTERNS) {
    const split = read(tail);
    if (split && (split[0] || offset > 0) && split[1]) {
      const credit = split[1]
        .replace(CREDIT_LABEL, '')
        .replace(/[\s.)]+$/, '')
        .trim();
      if (credit) return { text: (text.slice(0, offset) + split[0]).trim(), credit };
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
  const text = displayed(textParts.join(''));
  const credit = displayed(creditParts.join(''));
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

/** Characters a browser does not draw: a soft hyphen (`Groß\u00ADvä\u00ADter`), zero-width spaces and joiners. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/** What a `<br>` leaves in a block's raw text: a line separator, which `displayed` keeps as its one newline. */
const LINE_BREAK = '\u2028';

/**
 * A block's text as a reader sees it: invisible characters gone, white space collapsed, a space that
 * holds a line break (`Margaret Atwood<br>John Banville`) a newline, as a browser draws it.
 */
function displayed(raw: string): string {
  return raw
    .replace(INVISIBLE, '')
    .replace(/\s+/g, (run) => (run.includes(LINE_BREAK) ? '\n' : ' '))
    .trim();
}

/** Reads blocks and captions from the article container in document order. */
export function readBlocks(content: Element): { blocks: RawBlock[]; captions: Caption[] } {
  const blocks: RawBlock[] = [];
  const captions: Caption[] = [];
  let buffer: string[] = [];
  let hint = '';
  let headingDepth = 0;
  const flush = () => {
    const text = displayed(buffer.join(''));
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
      buffer.push(LINE_BREAK);
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
    const inFigure =
      frame.inFigure || node.name === 'figure' || (node.name !== 'p' && IMAGE_BOX.test(classAndId(node)));
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      stack.push({ node: node.children[index]!, inFigure });
    }
  }
  flush();
  return { blocks, captions };
}
