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

/** Whether `measure` counts a text's commas: only in text holding an ASCII, full-width or Arabic one. */
const countsCommas = (data: string): boolean =>
  data.includes(',') || data.includes('\uFF0C') || data.includes('\u060C');

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

/** What the ancestors of a node make of its text; one shared by all the children of an element. */
interface Context {
  readonly inLink: number;
  readonly headings: number;
  readonly texty: number;
  readonly inList: boolean;
}

const TOP: Context = { inLink: 0, headings: 0, texty: 0, inList: false };

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
  // Two stacks side by side (a node and its context): no object is made per node visited.
  const nodes: ChildNode[] = [];
  const contexts: Context[] = [];
  for (let index = root.children.length - 1; index >= 0; index -= 1) {
    nodes.push(root.children[index]!);
    contexts.push(TOP);
  }
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const frame = contexts.pop()!;
    if (isText(node)) {
      const length = collapsedLength(node.data);
      text += length;
      link += length * frame.inLink;
      headingText += length * frame.headings;
      textyText += length * frame.texty;
      if (frame.inList) listText += length;
      if (countsCommas(node.data)) {
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
    if (node.children.length === 0) continue;
    let inLink = frame.inLink;
    if (name === 'a' && inLink === 0) inLink = /^#.+/.test(node.attribs.href ?? '') ? 0.3 : 1;
    const heading = HEADINGS.has(name);
    const texty = TEXTY.has(name);
    const list = name === 'ul' || name === 'ol';
    const child: Context =
      inLink === frame.inLink && !heading && !texty && (!list || frame.inList)
        ? frame
        : {
            inLink,
            headings: frame.headings + (heading ? 1 : 0),
            texty: frame.texty + (texty ? 1 : 0),
            inList: frame.inList || list,
          };
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      nodes.push(node.children[index]!);
      contexts.push(child);
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

/** White space as `String.prototype.trim` and `\s` see it. */
function isJsSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A subtree's text with white-space runs collapsed to one space: its length and whether it starts or ends with a space. */
interface Collapsed {
  readonly length: number;
  readonly lead: boolean;
  readonly trail: boolean;
}

const EMPTY: Collapsed = { length: 0, lead: false, trail: false };

function collapseText(data: string): Collapsed {
  let length = 0;
  let space = false;
  for (let index = 0; index < data.length; index += 1) {
    const isSpace = isJsSpace(data.charCodeAt(index));
    if (!isSpace || !space) length += 1;
    space = isSpace;
  }
  if (length === 0) return EMPTY;
  return { length, lead: isJsSpace(data.charCodeAt(0)), trail: space };
}

/** Two collapsed texts one after the other: a space on both sides of the join collapses into one. */
function joinCollapsed(a: Collapsed, b: Collapsed): Collapsed {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return { length: a.length + b.length - (a.trail && b.lead ? 1 : 0), lead: a.lead, trail: b.trail };
}

type Counts = { -readonly [K in keyof Measure]: Measure[K] };

/** Counts at zero, as a literal (a spread of a shared zero costs more on every element of a page). */
const zeroCounts = (): Counts => ({
  text: 0,
  link: 0,
  commas: 0,
  paragraphs: 0,
  images: 0,
  listItems: 0,
  inputs: 0,
  embeds: 0,
  headingText: 0,
  textyText: 0,
  listText: 0,
});

/** The measure of nothing, shared where one is only read. */
const ZERO: Measure = zeroCounts();

/** Adds what a child element brings to its parent's measure (the child's own tag counts for the parent). */
function addChild(total: Counts, child: Element, own: Measure): void {
  const name = child.name;
  total.text += own.text;
  total.link += name === 'a' ? own.text * (/^#.+/.test(child.attribs.href ?? '') ? 0.3 : 1) : own.link;
  total.commas += own.commas;
  total.paragraphs += own.paragraphs + (name === 'p' ? 1 : 0);
  total.images += own.images + (name === 'img' ? 1 : 0);
  total.listItems += own.listItems + (name === 'li' ? 1 : 0);
  total.inputs += own.inputs + (name === 'input' ? 1 : 0);
  total.embeds += own.embeds + (name === 'embed' || name === 'object' || name === 'iframe' ? 1 : 0);
  total.headingText += own.headingText + (HEADINGS.has(name) ? own.text : 0);
  total.textyText += own.textyText + (TEXTY.has(name) ? own.text : 0);
  total.listText += name === 'ul' || name === 'ol' ? own.text : own.listText;
}

export interface SubtreeMeasures {
  /** `measure(element)`, read from the table. */
  readonly measure: (element: Element) => Measure;
  /** `innerText(element).length`, read from the table (0 in a table of measures only). */
  readonly textLength: (element: Element) => number;
  /** Commas of every script in `rawText(element)` (0 in a table of measures only). */
  readonly commas: (element: Element) => number;
  /**
   * Keeps `measure` true after `child` (measured in the table) was taken out of `parent`: what it
   * brought is taken off `parent` and each of its ancestors (a walk up, not down). `textLength` and
   * `commas` are not kept: a caller that removes nodes reads measures only.
   */
  readonly childRemoved: (child: Element, parent: Element) => void;
}

/** A measure less another (link text kept to tenths: it counts whole characters and 0.3 of some). */
function less(a: Measure, b: Measure): Measure {
  return {
    text: a.text - b.text,
    link: Math.round((a.link - b.link) * 10) / 10,
    commas: a.commas - b.commas,
    paragraphs: a.paragraphs - b.paragraphs,
    images: a.images - b.images,
    listItems: a.listItems - b.listItems,
    inputs: a.inputs - b.inputs,
    embeds: a.embeds - b.embeds,
    headingText: a.headingText - b.headingText,
    textyText: a.textyText - b.textyText,
    listText: a.listText - b.listText,
  };
}

/**
 * `measure` and the inner-text length of every element under `root`, in one pass from the leaves up:
 * measuring each element's subtree on its own costs the subtree's size times its depth (a page of
 * nested unclosed tags made that quadratic). Valid until the tree changes, or kept valid through
 * `childRemoved`. With `only` = `measures`, the table holds `measure` alone (a third of the work).
 */
export function measureSubtrees(root: ParentNode, only: 'all' | 'measures' = 'all'): SubtreeMeasures {
  const measuresOnly = only === 'measures';
  const measures = new Map<Element, Measure>();
  const texts = new Map<Element, Collapsed>();
  const commaCounts = new Map<Element, number>();
  /** An element's entries from its children's (theirs already in the table). */
  const settle = (node: Element): void => {
    const own = zeroCounts();
    let text = EMPTY;
    let commas = 0;
    for (const item of node.children) {
      if (isText(item)) {
        own.text += collapsedLength(item.data);
        const all = item.data.match(COMMAS)?.length ?? 0;
        if (all > 0 && countsCommas(item.data)) own.commas += all;
        if (measuresOnly) continue;
        text = joinCollapsed(text, collapseText(item.data));
        commas += all;
      } else if (isTag(item)) {
        addChild(own, item, measures.get(item) ?? ZERO);
        if (measuresOnly) continue;
        text = joinCollapsed(text, texts.get(item) ?? EMPTY);
        commas += commaCounts.get(item) ?? 0;
      }
    }
    measures.set(node, own);
    if (measuresOnly) return;
    texts.set(node, text);
    commaCounts.set(node, commas);
  };
  const stack: { node: ParentNode; next: number }[] = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.node.children[frame.next];
    if (child !== undefined) {
      frame.next += 1;
      if (isTag(child)) stack.push({ node: child, next: 0 });
      continue;
    }
    stack.pop();
    if (isTag(frame.node)) settle(frame.node);
  }
  return {
    measure: (element) => measures.get(element) ?? measure(element),
    textLength: (element) => {
      const text = texts.get(element);
      if (text === undefined) return 0;
      if (text.length === 0 || (text.length === 1 && text.lead)) return 0;
      return text.length - (text.lead ? 1 : 0) - (text.trail ? 1 : 0);
    },
    commas: (element) => commaCounts.get(element) ?? 0,
    childRemoved: (child, parent) => {
      const gone = zeroCounts();
      addChild(gone, child, measures.get(child) ?? ZERO);
      for (let node: ParentNode | null = parent; node !== null && isTag(node); node = node.parent) {
        const before = measures.get(node);
        if (!before) break;
        measures.set(node, less(before, gone));
        // What the node brings its own parent changes by what it lost, seen through its tag.
        const next = zeroCounts();
        addChild(next, node, gone);
        next.paragraphs = gone.paragraphs;
        next.images = gone.images;
        next.listItems = gone.listItems;
        next.inputs = gone.inputs;
        next.embeds = gone.embeds;
        Object.assign(gone, next);
      }
    },
  };
}
