/**
 * @module extract/html/grab-article
 * Finds the element holding the article: a content scorer in the manner of Mozilla Readability,
 * written over htmlparser2's DOM. Paragraph-like elements earn points for their length and commas,
 * which flow to their ancestors (less with each level); class and id names add or subtract weight;
 * a candidate's score shrinks with its link density. The best candidate and its worthy siblings make
 * the article. Strict settings are relaxed one at a time when the result is too short.
 */
import { Element } from 'domhandler';
import {
  type AnyNode,
  attr,
  type ChildNode,
  classAndId,
  elementChildren,
  elementsByTag,
  hasAncestorTag,
  hasText,
  innerText,
  isTag,
  isText,
  nextElement,
  type ParentNode,
  relink,
  removeNode,
  replaceNode,
  spacedText,
} from './dom.js';
import { linkDensity, measureSubtrees } from './measure.js';
import { looksLikeBylineElement } from './metadata.js';
import { isPhrasing } from './prepare.js';

export interface GrabFlags {
  readonly stripUnlikely: boolean;
  readonly weightClasses: boolean;
  readonly cleanConditionally: boolean;
}

/** The attempts, strictest first: each relaxes one more setting (Readability's order). */
export const FLAG_ATTEMPTS: readonly GrabFlags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

export const PATTERNS = {
  unlikely:
    /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent|paywall|subscribe-?box|share-?bar|outbrain|taboola|disclaimer|disclosure/i,
  maybeCandidate: /and|article|body|column|content|main|shadow/i,
  positive: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i,
  negative:
    /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|taboola/i,
  share: /(\b|_)(share|sharedaddy)(\b|_)/i,
} as const;

const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);
/** Landmark tags that are page chrome, never article text. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);
const TAGS_TO_SCORE = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const DIV_TO_P_BLOCKS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
const EMPTY_CHECKED = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const KEEP_TAG_ON_APPEND = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);

/** Class/id weight: +25 for a positive name, -25 for a negative one, for class and id each. */
export function classWeight(element: Element, flags: GrabFlags): number {
  if (!flags.weightClasses) return 0;
  let weight = 0;
  for (const value of [element.attribs.class, element.attribs.id]) {
    if (!value) continue;
    if (PATTERNS.negative.test(value)) weight -= 25;
    if (PATTERNS.positive.test(value)) weight += 25;
  }
  return weight;
}

/** The score a node starts with, from its tag and class/id names. */
function initialScore(element: Element, flags: GrabFlags): number {
  let score = 0;
  switch (element.name) {
    case 'div':
      score = 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      score = 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      score = -3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      score = -5;
      break;
  }
  return score + classWeight(element, flags);
}

/** Hidden by inline style, the `hidden` attribute or `aria-hidden`. */
export function isHidden(element: Element): boolean {
  const style = element.attribs.style;
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  if ('hidden' in element.attribs) return true;
  return (
    element.attribs['aria-hidden'] === 'true' && !(element.attribs.class ?? '').includes('fallback-image')
  );
}

/** Words of a text, lower-cased. */
function tokens(text: string): string[] {
  return text.toLowerCase().split(/\W+/).filter(Boolean);
}

/** How much of `b` is also in `a` (1: all of it), by words. */
export function textSimilarity(a: string, b: string): number {
  const tokensA = new Set(tokens(a));
  const tokensB = tokens(b);
  if (tokensA.size === 0 || tokensB.length === 0) return 0;
  const unique = tokensB.filter((token) => !tokensA.has(token));
  return 1 - unique.join(' ').length / tokensB.join(' ').length;
}

/** True when some descendant text node holds more than white space (stops at the first). */
function isWithoutContent(element: Element): boolean {
  if (hasText(element)) return false;
  const children = elementChildren(element);
  return children.length === 0 || children.every((child) => child.name === 'br' || child.name === 'hr');
}

function hasBlockChild(element: Element): boolean {
  const stack: ChildNode[] = [...element.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (DIV_TO_P_BLOCKS.has(node.name)) return true;
    stack.push(...node.children);
  }
  return false;
}

/** True when the element has exactly one element child, with that tag, and no other text. */
export function hasSingleTagInside(element: Element, tag: string): boolean {
  const children = elementChildren(element);
  if (children.length !== 1 || children[0]!.name !== tag) return false;
  return !element.children.some((child) => isText(child) && child.data.trim() !== '');
}

/** Wraps runs of phrasing children of a div in paragraphs (Readability's div-to-p step). */
function wrapPhrasingRuns(div: Element): void {
  const children: ChildNode[] = [];
  let paragraph: Element | null = null;
  for (const child of div.children) {
    if (isPhrasing(child)) {
      if (paragraph) paragraph.children.push(child);
      else if (!(isText(child) && child.data.trim() === '')) {
        paragraph = new Element('p', {});
        paragraph.children.push(child);
        children.push(paragraph);
      } else children.push(child);
    } else {
      if (paragraph) trimTrailingBlanks(paragraph);
      paragraph = null;
      children.push(child);
    }
  }
  if (paragraph) trimTrailingBlanks(paragraph);
  div.children = children;
  for (const child of children) if (isTag(child) && child.name === 'p' && child.parent !== div) relink(child);
  relink(div);
}

function trimTrailingBlanks(paragraph: Element): void {
  while (paragraph.children.length > 0) {
    const last = paragraph.children[paragraph.children.length - 1]!;
    if (isText(last) && last.data.trim() === '') paragraph.children.pop();
    else break;
  }
  relink(paragraph);
}

export interface GrabState {
  /** The page title, so a heading repeating it is dropped from the body. */
  readonly title: string | null;
  /** A byline already known from metadata: when set, byline elements are not searched for. */
  readonly knownByline: boolean;
}

export interface Grabbed {
  /** A detached container holding the article's elements. */
  readonly content: Element;
  /** A byline found in the body (an element whose class names an author), when searched. */
  readonly byline: string | null;
  /** Texts removed from the page as chrome during the walk (nav, asides, unlikely blocks). */
  readonly removed: readonly string[];
}

/** A byline element's text (its `itemprop="name"` part when it has one); null when empty or too long. */
function bylineText(element: Element): string | null {
  const whole = innerText(element);
  if (whole.length === 0 || whole.length >= 100) return null;
  const named = elementsByTag(element, NAMED).find((child) => attr(child, 'itemprop').includes('name'));
  const text = named ? innerText(named) : whole;
  return text.length > 0 ? text : whole;
}
const NAMED = new Set(['span', 'a', 'div', 'p', 'strong', 'b', 'em', 'cite', 'meta']);

/** The first byline element under `root`, in page order. */
function bylineIn(root: Element): string | null {
  for (let node = nextElement(root, false, root); node; node = nextElement(node, false, root)) {
    if (looksLikeBylineElement(node)) {
      const text = bylineText(node);
      if (text !== null) return text;
    }
  }
  return null;
}

/** Removes `node`, returning the next element to visit. */
function removeAndNext(node: Element, root: AnyNode): Element | null {
  const next = nextElement(node, true, root);
  removeNode(node);
  return next;
}

/** The page's own text, whatever the classes and tags around it say: a formula, the marked article body. */
function isArticleText(element: Element): boolean {
  return element.name === 'math' || /(?:^|\s)articleBody(?:\s|$)/.test(attr(element, 'itemprop'));
}

/**
 * Whether an element holds the page's own text (`isArticleText`): a MathML formula in MathJax's
 * `CtxtMenu_Attached` container, an `itemprop="articleBody"` inside an `<aside>`. Each element of the
 * subtree is looked at once and its answer kept in `cache`, so nested questions during a walk stay linear.
 */
function holdsArticleText(root: Element, cache: WeakMap<Element, boolean>): boolean {
  const known = cache.get(root);
  if (known !== undefined) return known;
  const stack: { element: Element; done: boolean }[] = [{ element: root, done: false }];
  while (stack.length > 0) {
    const { element, done } = stack.pop()!;
    if (done) {
      cache.set(
        element,
        isArticleText(element) || element.children.some((child) => isTag(child) && cache.get(child) === true),
      );
      continue;
    }
    if (cache.has(element)) continue;
    stack.push({ element, done: true });
    if (isArticleText(element)) continue;
    for (const child of element.children)
      if (isTag(child) && !cache.has(child)) stack.push({ element: child, done: false });
  }
  return cache.get(root) ?? false;
}

/** Walks the page, dropping hidden, unlikely and empty elements, and collects what to score. */
function walkAndCollect(
  root: Element,
  flags: GrabFlags,
  state: GrabState,
  found: { byline: string | null; removed: string[] },
): Element[] {
  const toScore: Element[] = [];
  const ownText = new WeakMap<Element, boolean>();
  let removeTitleHeading = state.title !== null;
  let node: Element | null = root;
  while (node) {
    const match = classAndId(node);
    if (isHidden(node) || (attr(node, 'aria-modal') === 'true' && attr(node, 'role') === 'dialog')) {
      node = removeAndNext(node, root);
      continue;
    }
    if ((state.knownByline || found.byline === null) && looksLikeBylineElement(node)) {
      const text = bylineText(node);
      if (text !== null) {
        if (!state.knownByline) found.byline = text;
        node = removeAndNext(node, root);
        continue;
      }
    }
    if (
      removeTitleHeading &&
      (node.name === 'h1' || node.name === 'h2') &&
      textSimilarity(state.title ?? '', innerText(node)) > 0.75
    ) {
      removeTitleHeading = false;
      node = removeAndNext(node, root);
      continue;
    }
    if (flags.stripUnlikely && node !== root) {
      const unlikely =
        ((PATTERNS.unlikely.test(match) &&
          !PATTERNS.maybeCandidate.test(match) &&
          !hasAncestorTag(node, 'table') &&
          !hasAncestorTag(node, 'code') &&
          node.name !== 'body' &&
          node.name !== 'a') ||
          UNLIKELY_ROLES.has(attr(node, 'role')) ||
          CHROME_TAGS.has(node.name)) &&
        !holdsArticleText(node, ownText);
      if (unlikely) {
        // An aside beside the story often holds its author's box: read the byline before it goes.
        if (!state.knownByline && found.byline === null && node.name === 'aside')
          found.byline = bylineIn(node);
        const text = spacedText(node);
        if (text) found.removed.push(text);
        node = removeAndNext(node, root);
        continue;
      }
    }
    if (EMPTY_CHECKED.has(node.name) && isWithoutContent(node)) {
      node = removeAndNext(node, root);
      continue;
    }
    if (TAGS_TO_SCORE.has(node.name)) toScore.push(node);
    if (node.name === 'div') {
      wrapPhrasingRuns(node);
      if (hasSingleTagInside(node, 'p') && linkDensity(node) < 0.25) {
        const paragraph = elementChildren(node)[0]!;
        replaceNode(node, paragraph);
        node = paragraph;
        toScore.push(node);
      } else if (!hasBlockChild(node)) {
        node.name = 'p';
        toScore.push(node);
      }
    }
    node = nextElement(node, false, root);
  }
  return toScore;
}

/** Scores paragraphs and propagates to ancestors; returns the candidates and their scores. */
function scoreCandidates(root: Element, toScore: readonly Element[], flags: GrabFlags): Map<Element, number> {
  const scores = new Map<Element, number>();
  // Every subtree measured in one pass: measuring each scored element on its own costs its size times its depth.
  const measured = measureSubtrees(root);
  for (const element of toScore) {
    if (!element.parent || !isTag(element.parent)) continue;
    const length = measured.textLength(element);
    if (length < 25) continue;
    const commas = measured.commas(element) + 1;
    const points = 1 + commas + Math.min(Math.floor(length / 100), 3);
    let level = 0;
    let ancestor: ParentNode | null = element.parent;
    while (ancestor && level < 5) {
      if (isTag(ancestor) && ancestor.parent && isTag(ancestor.parent)) {
        if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor, flags));
        const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        scores.set(ancestor, scores.get(ancestor)! + points / divider);
      }
      ancestor = ancestor.parent;
      level += 1;
    }
  }
  for (const [candidate, score] of scores) {
    const numbers = measured.measure(candidate);
    const density = numbers.text === 0 ? 0 : numbers.link / numbers.text;
    scores.set(candidate, score * (1 - density));
  }
  return scores;
}

function isBody(node: AnyNode | null): boolean {
  return node === null || !isTag(node) || node.name === 'body' || node.name === 'html';
}

/** Picks the top candidate, climbing to a shared ancestor of close runners-up or a better parent. */
function pickTopCandidate(scores: Map<Element, number>, flags: GrabFlags): Element | null {
  const top = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const first = top[0];
  if (!first || isBody(first[0])) return null;
  let candidate = first[0];
  const bestScore = first[1];
  const alternatives = top
    .slice(1)
    .filter(([, score]) => bestScore > 0 && score / bestScore >= 0.75)
    .map(([element]) => new Set<AnyNode>(ancestorsList(element)));
  if (alternatives.length >= 3) {
    let parent = candidate.parent;
    while (parent && !isBody(parent)) {
      const containing = alternatives.filter((set) => set.has(parent!)).length;
      if (containing >= 3 && isTag(parent)) {
        candidate = parent;
        break;
      }
      parent = parent.parent;
    }
  }
  if (!scores.has(candidate)) scores.set(candidate, initialScore(candidate, flags));
  let parent = candidate.parent;
  let lastScore = scores.get(candidate)!;
  const threshold = lastScore / 3;
  while (parent && !isBody(parent) && isTag(parent)) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) {
      parent = parent.parent;
      continue;
    }
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      candidate = parent;
      break;
    }
    lastScore = parentScore;
    parent = parent.parent;
  }
  parent = candidate.parent;
  while (parent && !isBody(parent) && isTag(parent) && elementChildren(parent).length === 1) {
    candidate = parent;
    parent = candidate.parent;
  }
  if (!scores.has(candidate)) scores.set(candidate, initialScore(candidate, flags));
  return candidate;
}

function ancestorsList(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  let current = node.parent;
  while (current) {
    out.push(current);
    current = current.parent;
  }
  return out;
}

/** Appends the top candidate and its siblings that score well or read like paragraphs. */
function gatherSiblings(top: Element, scores: Map<Element, number>): Element {
  const content = new Element('div', {});
  const parent = top.parent;
  if (!parent) {
    content.children = [top];
    relink(content);
    return content;
  }
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? '';
  const appended: Element[] = [];
  for (const sibling of elementChildren(parent)) {
    let append = sibling === top;
    if (!append) {
      const bonus = topClass !== '' && sibling.attribs.class === topClass ? topScore * 0.2 : 0;
      const score = scores.get(sibling);
      if (score !== undefined && score + bonus >= threshold) append = true;
      else if (sibling.name === 'p') {
        const density = linkDensity(sibling);
        const text = innerText(sibling);
        if (text.length > 80 && density < 0.25) append = true;
        else if (text.length < 80 && text.length > 0 && density === 0 && /\.( |$)/.test(text)) append = true;
      }
    }
    if (append) {
      if (!KEEP_TAG_ON_APPEND.has(sibling.name)) sibling.name = 'div';
      appended.push(sibling);
    }
  }
  for (const element of appended) removeNode(element);
  content.children = appended;
  relink(content);
  return content;
}

/**
 * One attempt at finding the article under `root` (mutates the tree: run it on a fresh parse).
 * Returns the article container, or null when nothing scored (the caller then takes the body).
 */
export function grabArticle(root: Element, flags: GrabFlags, state: GrabState): Grabbed {
  const found: { byline: string | null; removed: string[] } = { byline: null, removed: [] };
  const toScore = walkAndCollect(root, flags, state, found);
  const scores = scoreCandidates(root, toScore, flags);
  const top = pickTopCandidate(scores, flags);
  if (top === null) {
    const body = findBody(root);
    const content = new Element('div', {});
    content.children = [...body.children];
    relink(content);
    body.children = [];
    return { content, byline: found.byline, removed: found.removed };
  }
  return { content: gatherSiblings(top, scores), byline: found.byline, removed: found.removed };
}

function findBody(root: Element): Element {
  if (root.name === 'body') return root;
  for (const child of elementChildren(root)) if (child.name === 'body') return child;
  return root;
}
