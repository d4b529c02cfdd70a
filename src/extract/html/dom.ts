/**
 * @module extract/html/dom
 * Small helpers over htmlparser2's DOM (domhandler nodes). Every walk is iterative, so a page
 * nested ten thousand levels deep cannot overflow the stack.
 */
import type { AnyNode, ChildNode, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';

export type { AnyNode, ChildNode, Element, ParentNode };
export { isTag, isText };

/** The element's lower-case tag name (htmlparser2 lower-cases them already). */
export function tagOf(node: AnyNode): string {
  return isTag(node) ? node.name : '';
}

/** One attribute, or '' when absent. */
export function attr(element: Element, name: string): string {
  return element.attribs[name] ?? '';
}

/** `class` and `id` joined by a space: what Readability matches its class/id patterns against. */
export function classAndId(element: Element): string {
  return `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
}

/** The element children of a node. */
export function elementChildren(node: ParentNode): Element[] {
  const out: Element[] = [];
  for (const child of node.children) if (isTag(child)) out.push(child);
  return out;
}

/**
 * The next element in document order after `node`; with `skipChildren`, the next one after its
 * whole subtree. Stops at `root` (never leaves it). Calling it in a loop walks depth-first.
 */
export function nextElement(
  node: Element,
  skipChildren: boolean,
  root: AnyNode | null = null,
): Element | null {
  if (!skipChildren) {
    for (const child of node.children) if (isTag(child)) return child;
  }
  let current: AnyNode | null = node;
  while (current && current !== root) {
    let sibling: AnyNode | null = current.next;
    while (sibling && !isTag(sibling)) sibling = sibling.next;
    if (sibling) return sibling;
    current = current.parent;
  }
  return null;
}

/** All elements under `root` (excluding it) in document order whose tag is in `tags`. */
export function elementsByTag(root: ParentNode, tags: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  walkElements(root, (element) => {
    if (tags.has(element.name)) out.push(element);
  });
  return out;
}

/**
 * Visits every element under `root` in document order (iteratively, so any depth is safe); stops as
 * soon as `visit` returns true.
 */
export function walkElements(root: ParentNode, visit: (element: Element) => unknown): void {
  // Only elements go on the stack: text and comments (half of most pages' nodes) are never visited.
  const stack: Element[] = [];
  const pushElements = (children: readonly ChildNode[]): void => {
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index]!;
      if (isTag(child)) stack.push(child);
    }
  };
  pushElements(root.children);
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (visit(element) === true) return;
    pushElements(element.children);
  }
}

/**
 * Elements by tag name, gathered in one walk: for the readers of a page that has not been changed yet
 * (metadata, JSON-LD, the first heading), which would otherwise each walk the whole tree.
 */
export interface TagIndex {
  /** Every element with one of the tags, in document order. */
  all(tags: ReadonlySet<string>): Element[];
  /** The first element with the tag, or null. */
  first(tag: string): Element | null;
}

/** Indexes every element under `root` by tag, in one iterative walk. */
export function indexTags(root: ParentNode): TagIndex {
  const ordered: Element[] = [];
  const byTag = new Map<string, number[]>();
  walkElements(root, (element) => {
    const list = byTag.get(element.name);
    if (list) list.push(ordered.length);
    else byTag.set(element.name, [ordered.length]);
    ordered.push(element);
  });
  return {
    all(tags) {
      const positions: number[] = [];
      for (const tag of tags) for (const position of byTag.get(tag) ?? []) positions.push(position);
      if (tags.size > 1) positions.sort((a, b) => a - b);
      return positions.map((position) => ordered[position]!);
    },
    first(tag) {
      const position = byTag.get(tag)?.[0];
      return position === undefined ? null : ordered[position]!;
    },
  };
}

/** The first element under `root` with the tag, or null. */
export function firstByTag(root: ParentNode, tag: string): Element | null {
  let found: Element | null = null;
  walkElements(root, (element) => {
    if (element.name === tag) found = element;
    return found !== null;
  });
  return found;
}

/** The raw text content of a node (all descendant text nodes concatenated). */
export function rawText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!('children' in node)) return '';
  const parts: string[] = [];
  const stack: ChildNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isText(current)) parts.push(current.data);
    else if (isTag(current)) {
      for (let index = current.children.length - 1; index >= 0; index -= 1)
        stack.push(current.children[index]!);
    }
  }
  return parts.join('');
}

/** Text content with a space at every element boundary (for audit notes: `World Business Sport`). */
export function spacedText(node: AnyNode): string {
  if (!('children' in node)) return isText(node) ? node.data.trim() : '';
  const parts: string[] = [];
  const stack: (ChildNode | null)[] = [...node.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || current === undefined) parts.push(' ');
    else if (isText(current)) parts.push(current.data);
    else if (isTag(current)) {
      parts.push(' ');
      stack.push(null);
      for (let index = current.children.length - 1; index >= 0; index -= 1)
        stack.push(current.children[index]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** True when some text under the node is not white space (stops at the first such text). */
export function hasText(node: ParentNode): boolean {
  const stack: ChildNode[] = [...node.children];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isText(current)) {
      if (/\S/.test(current.data)) return true;
    } else if (isTag(current)) for (const child of current.children) stack.push(child);
  }
  return false;
}

/** Text content trimmed with runs of white space collapsed to one space. */
export function innerText(node: AnyNode): string {
  return rawText(node).replace(/\s+/g, ' ').trim();
}

/** Where in its parent's children a node was last found: walks go in order, so look there first. */
const lastIndex = new WeakMap<ParentNode, number>();

/** The index of a child in its parent's `children`, found near the last lookup when possible. */
function indexInParent(parent: ParentNode, node: ChildNode): number {
  const children = parent.children;
  const hint = lastIndex.get(parent) ?? 0;
  for (const guess of [hint, hint + 1, hint - 1, hint + 2]) {
    if (children[guess] === node) {
      lastIndex.set(parent, guess);
      return guess;
    }
  }
  const found = children.indexOf(node);
  if (found >= 0) lastIndex.set(parent, found);
  return found;
}

/** Removes a node from its parent (no-op when detached). */
export function removeNode(node: ChildNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = indexInParent(parent, node);
  if (index >= 0) parent.children.splice(index, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Re-links the sibling pointers of a parent's children after its `children` array changed. */
export function relink(parent: ParentNode): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    child.parent = parent;
    child.prev = children[index - 1] ?? null;
    child.next = children[index + 1] ?? null;
  }
}

/** Replaces `node` by `replacement` in its parent. */
export function replaceNode(node: ChildNode, replacement: ChildNode): void {
  const parent = node.parent;
  if (!parent) return;
  if (replacement.parent) removeNode(replacement);
  const index = indexInParent(parent, node);
  if (index < 0) return;
  parent.children[index] = replacement;
  replacement.parent = parent;
  replacement.prev = node.prev;
  replacement.next = node.next;
  if (node.prev) node.prev.next = replacement;
  if (node.next) node.next.prev = replacement;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Ancestors of a node, nearest first, at most `maxDepth` of them (0: all). */
export function ancestorsOf(node: AnyNode, maxDepth = 0): ParentNode[] {
  const out: ParentNode[] = [];
  let current = node.parent;
  while (current) {
    out.push(current);
    if (maxDepth && out.length === maxDepth) break;
    current = current.parent;
  }
  return out;
}

/** True when some ancestor within `maxDepth` levels (<= 0: any) has the tag. */
export function hasAncestorTag(node: AnyNode, tag: string, maxDepth = 3): boolean {
  let depth = 0;
  let current = node.parent;
  while (current) {
    if (maxDepth > 0 && depth > maxDepth) return false;
    if (isTag(current) && current.name === tag) return true;
    current = current.parent;
    depth += 1;
  }
  return false;
}
