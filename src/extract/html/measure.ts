/**
 * @module extract/html/measure
 * One walk over a subtree that counts what the scorer and the cleaner ask about: text length
 * (white space collapsed), link text, commas, paragraphs, images, list items, inputs, embeds, and
 * how much text sits inside heading and "texty" tags. One walk instead of one query per question.
 */
import type { ChildNode, Element, ParentNode } from './dom.js';
import { isTag, isText } from './dom.js';

export interface Measure {
  /** Characters of text, white-space runs counted as one. */
  readonly text: number;
  /** Characters of text inside links (links to `#fragments` count 0.3). */
  readonly link: number;
  readonly commas: number;
  readonly paragraphs: number;
  readonly images: number;
  readonly listItems: number;
  readonly inputs: number;
  readonly embeds: number;
  /** Text inside headings, counted once per enclosing heading. */
  readonly headingText: number;
  /** Text inside span/li/td/div/p/... elements, counted once per enclosing such element. */
  readonly textyText: number;
  /** Text inside ul/ol, counted once. */
  readonly listText: number;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TEXTY = new Set([
  'span',
  'li',
  'td',
  'blockquote',
  'dl',
  'div',
  'img',
  'ol',
  'p',
  'pre',
  'table',
  'ul',
]);
const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** Collapsed length of a text node's data. */
function collapsedLength(data: string): number {
  let length = 0;
  let space = false;
  for (let index = 0; index < data.length; index += 1) {
    const code = data.charCodeAt(index);
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 160;
    if (isSpace) {
      if (!space) length += 1;
      space = true;
    } else {
      length += 1;
      space = false;
    }
  }
  return length;
}

interface Frame {
  readonly node: ChildNode;
  readonly inLink: number;
  readonly headings: number;
  readonly texty: number;
  readonly inList: boolean;
}

/** Measures a subtree (the root's own tag does not count in its densities). */
export function measure(root: ParentNode): Measure {
  let text = 0;
  let link = 0;
  let commas = 0;
  let paragraphs = 0;
  let images = 0;
  let listItems = 0;
  let inputs = 0;
  let embeds = 0;
  let headingText = 0;
  let textyText = 0;
  let listText = 0;
  const stack: Frame[] = [];
  for (let index = root.children.length - 1; index >= 0; index -= 1) {
    stack.push({ node: root.children[index]!, inLink: 0, headings: 0, texty: 0, inList: false });
  }
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (isText(node)) {
      const length = collapsedLength(node.data);
      text += length;
      link += length * frame.inLink;
      headingText += length * frame.headings;
      textyText += length * frame.texty;
      if (frame.inList) listText += length;
      if (node.data.includes(',') || node.data.includes('\uFF0C') || node.data.includes('\u060C')) {
        commas += node.data.match(COMMAS)?.length ?? 0;
      }
      continue;
    }
    if (!isTag(node)) continue;
    const name = node.name;
    if (name === 'p') paragraphs += 1;
    else if (name === 'img') images += 1;
    else if (name === 'li') listItems += 1;
    else if (name === 'input') inputs += 1;
    else if (name === 'embed' || name === 'object' || name === 'iframe') embeds += 1;
    let inLink = frame.inLink;
    if (name === 'a' && inLink === 0) inLink = /^#.+/.test(node.attribs.href ?? '') ? 0.3 : 1;
    const child: Omit<Frame, 'node'> = {
      inLink,
      headings: frame.headings + (HEADINGS.has(name) ? 1 : 0),
      texty: frame.texty + (TEXTY.has(name) ? 1 : 0),
      inList: frame.inList || name === 'ul' || name === 'ol',
    };
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      stack.push({ node: node.children[index]!, ...child });
    }
  }
  return {
    text,
    link,
    commas,
    paragraphs,
    images,
    listItems,
    inputs,
    embeds,
    headingText,
    textyText,
    listText,
  };
}

/** Share of a node's text inside links (Readability's link density). */
export function linkDensity(node: Element | ParentNode): number {
  const measured = measure(node);
  return measured.text === 0 ? 0 : measured.link / measured.text;
}
