/**
 * @module extract/html/prepare
 * Readies a parsed page for scoring: drops what is never content (scripts, styles, forms' controls,
 * embeds, comments) and turns runs of `<br>`s into paragraphs (nesting is bounded by the parser,
 * `parse.ts`). Steps run in the order of `PREPARE_STEPS`.
 */
import { type Document, Element } from 'domhandler';
import { type ChildNode, elementsByTag, innerText, isTag, isText, type ParentNode, relink } from './dom.js';

/** Tags whose content is never article text. */
const NEVER_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'select',
  'button',
  'input',
  'textarea',
  'dialog',
]);

/** Characters of paragraph text that make a `<noscript>` the page's own text for readers without scripts. */
const FALLBACK_TEXT_CHARS = 500;
const PARAGRAPH = new Set(['p']);

/**
 * A `<noscript>` holding the page's text for readers without scripts (a blog whose article a script
 * renders from a template) is content; a tracking pixel or an "enable JavaScript" notice is not.
 */
function holdsFallbackText(element: Element): boolean {
  if (element.name !== 'noscript') return false;
  let chars = 0;
  for (const paragraph of elementsByTag(element, PARAGRAPH)) {
    chars += innerText(paragraph).length;
    if (chars >= FALLBACK_TEXT_CHARS) return true;
  }
  return false;
}

/**
 * Removes comments, processing instructions and never-content elements: each parent's children are
 * filtered once (one removal at a time would cost a parent of 100,000 `<input>`s quadratic time).
 */
function removeNonContent(document: Document): void {
  const stack: ParentNode[] = [document];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const kept: ChildNode[] = [];
    for (const node of parent.children) {
      const content = isTag(node)
        ? (!NEVER_CONTENT.has(node.name) || holdsFallbackText(node)) &&
          node.type !== 'script' &&
          node.type !== 'style'
        : isText(node);
      if (!content) {
        node.parent = null;
        continue;
      }
      if (isTag(node)) stack.push(node);
      kept.push(node);
    }
    if (kept.length === parent.children.length) continue;
    parent.children = kept;
    relink(parent);
  }
}

const BR = new Set(['br']);
const PHRASING = new Set([
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'a',
  'del',
  'ins',
]);

/** Phrasing content (text, inline tags, and links/del/ins that hold only phrasing content). */
export function isPhrasing(node: ChildNode): boolean {
  if (isText(node)) return true;
  if (!isTag(node)) return false;
  if (!PHRASING.has(node.name)) return false;
  if (node.name === 'a' || node.name === 'del' || node.name === 'ins') return node.children.every(isPhrasing);
  return true;
}

function isBlankText(node: ChildNode | null): boolean {
  return node !== null && isText(node) && node.data.trim() === '';
}

function isBr(node: ChildNode | undefined): boolean {
  return node !== undefined && isTag(node) && node.name === 'br';
}

/** Index of the first child from `from` on that is not blank text (`children.length` when none). */
function nonBlankFrom(children: readonly ChildNode[], from: number): number {
  let index = from;
  while (index < children.length && isBlankText(children[index]!)) index += 1;
  return index;
}

/**
 * Replaces 2+ consecutive `<br>`s with a paragraph holding the phrasing content that follows
 * (what Readability does: `foo<br><br>bar` becomes `foo<p>bar</p>`). One pass over each parent's
 * children: a page of a hundred thousand `<br>`s in one `<div>` costs linear time.
 */
function replaceBrRuns(document: Document): void {
  const parents = new Set<ParentNode>();
  for (const br of elementsByTag(document, BR)) if (br.parent) parents.add(br.parent);
  for (const parent of parents) replaceBrRunsIn(parent);
}

function replaceBrRunsIn(parent: ParentNode): void {
  const children = parent.children;
  const out: ChildNode[] = [];
  let changed = false;
  let index = 0;
  while (index < children.length) {
    const node = children[index]!;
    if (!isBr(node) || !isBr(children[nonBlankFrom(children, index + 1)])) {
      out.push(node);
      index += 1;
      continue;
    }
    // A run of <br>s (blank text between them goes with them): the paragraph starts after it.
    let after = index + 1;
    for (let next = nonBlankFrom(children, after); isBr(children[next]); next = nonBlankFrom(children, after))
      after = next + 1;
    let end = after;
    while (end < children.length) {
      const current = children[end]!;
      if (isBr(current) && isBr(children[nonBlankFrom(children, end + 1)])) break;
      if (!isPhrasing(current)) break;
      end += 1;
    }
    let last = end;
    while (last > after && isBlankText(children[last - 1]!)) last -= 1;
    const paragraph = new Element('p', {});
    paragraph.children = children.slice(after, last);
    relink(paragraph);
    out.push(paragraph);
    for (let blank = last; blank < end; blank += 1) out.push(children[blank]!);
    changed = true;
    index = end;
  }
  if (!changed) return;
  parent.children = out;
  relink(parent);
  if (parent.type === 'tag' && parent.name === 'p') parent.name = 'div';
}

/** The preparation steps, in order. */
export const PREPARE_STEPS = [removeNonContent, replaceBrRuns] as const;

/** Runs every preparation step on a freshly parsed document. */
export function prepareDocument(document: Document): void {
  for (const step of PREPARE_STEPS) step(document);
}
