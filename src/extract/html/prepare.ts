/**
 * @module extract/html/prepare
 * Readies a parsed page for scoring: drops what is never content (scripts, styles, forms' controls,
 * embeds, comments), flattens pathological nesting so later walks stay cheap, and turns runs of
 * `<br>`s into paragraphs. Steps run in the order of `PREPARE_STEPS`.
 */
import { type Document, Element } from 'domhandler';
import { type ChildNode, elementsByTag, isTag, isText, type ParentNode, relink, removeNode } from './dom.js';

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

/** Deeper than this, elements are unwrapped into their parent: real pages rarely nest past 60. */
export const MAX_DEPTH = 200;

/** Removes comments, processing instructions and never-content elements. */
function removeNonContent(document: Document): void {
  const stack: ChildNode[] = [...document.children];
  const doomed: ChildNode[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isTag(node)) {
      if (NEVER_CONTENT.has(node.name) || node.type === 'script' || node.type === 'style') doomed.push(node);
      else for (const child of node.children) stack.push(child);
    } else if (!isText(node)) doomed.push(node);
  }
  for (const node of doomed) removeNode(node);
}

/** The leaves under a node in document order: text, `<br>`, `<img>` and empty elements. */
function leavesOf(node: ParentNode): ChildNode[] {
  const leaves: ChildNode[] = [];
  const stack: ChildNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isTag(current) && current.children.length > 0) {
      for (let index = current.children.length - 1; index >= 0; index -= 1)
        stack.push(current.children[index]!);
    } else leaves.push(current);
  }
  return leaves;
}

/** Unwraps every element deeper than `MAX_DEPTH`, hoisting its children, so depth stays bounded. */
function flattenDeepNesting(document: Document): void {
  const stack: { node: ParentNode; depth: number }[] = [{ node: document, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth >= MAX_DEPTH) {
      node.children = leavesOf(node);
      relink(node);
      continue;
    }
    for (const child of node.children) if (isTag(child)) stack.push({ node: child, depth: depth + 1 });
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

/** The next sibling that is not blank text. */
function nextNonBlank(node: ChildNode | null): ChildNode | null {
  let current = node;
  while (current && isBlankText(current)) current = current.next;
  return current;
}

/**
 * Replaces 2+ consecutive `<br>`s with a paragraph holding the phrasing content that follows
 * (what Readability does: `foo<br><br>bar` becomes `foo<p>bar</p>`).
 */
function replaceBrRuns(document: Document): void {
  for (const br of elementsByTag(document, BR)) {
    if (!br.parent) continue;
    let next = br.next;
    let replaced = false;
    let candidate = nextNonBlank(next);
    while (candidate && isTag(candidate) && candidate.name === 'br') {
      replaced = true;
      const after = candidate.next;
      removeNode(candidate);
      candidate = nextNonBlank(after);
    }
    if (!replaced) continue;
    const parent = br.parent;
    const paragraph = new Element('p', {});
    const moved: ChildNode[] = [];
    next = br.next;
    while (next) {
      if (isTag(next) && next.name === 'br') {
        const following = nextNonBlank(next.next);
        if (following && isTag(following) && following.name === 'br') break;
      }
      if (!isPhrasing(next)) break;
      moved.push(next);
      next = next.next;
    }
    while (moved.length > 0 && isBlankText(moved[moved.length - 1]!)) moved.pop();
    const index = parent.children.indexOf(br);
    for (const node of moved) removeNode(node);
    paragraph.children = moved;
    relink(paragraph);
    parent.children.splice(index, 1, paragraph);
    br.parent = null;
    relink(parent);
    if (parent.type === 'tag' && parent.name === 'p') parent.name = 'div';
  }
}

/** The preparation steps, in order. */
export const PREPARE_STEPS = [removeNonContent, flattenDeepNesting, replaceBrRuns] as const;

/** Runs every preparation step on a freshly parsed document. */
export function prepareDocument(document: Document): void {
  for (const step of PREPARE_STEPS) step(document);
}
