/**
 * @module extract/html/clean-article
 * Cleans the grabbed article container (Readability's "prep article" pass): drops embeds, forms,
 * share widgets and asides left inside it, then removes "fishy" blocks (tables, lists, divs) whose
 * numbers say chrome: many links, more images or list items than paragraphs, little text.
 * Steps run in the order of `cleanArticle`.
 */
import type { Element } from 'domhandler';
import {
  type ChildNode,
  classAndId,
  elementChildren,
  elementsByTag,
  hasAncestorTag,
  hasText,
  innerText,
  isTag,
  nextElement,
  removeNode,
  replaceNode,
  spacedText,
} from './dom.js';
import { classWeight, type GrabFlags, hasSingleTagInside, PATTERNS } from './grab-article.js';
import { type Measure, measure, measureSubtrees, type SubtreeMeasures } from './measure.js';
import { isPhrasing } from './prepare.js';

const tagSet = (...tags: string[]) => new Set(tags);

/** Fewer characters than this and a "share" block goes (Readability's default char threshold). */
const SHARE_TEXT_LIMIT = 500;
const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;

/** Removed chrome, with the text it held. */
export type Dropped = string[];

function drop(element: Element, dropped: Dropped): void {
  const text = spacedText(element);
  if (text) dropped.push(text);
  removeNode(element);
}

/** Removes every element with one of the tags. */
function removeTags(content: Element, tags: ReadonlySet<string>, dropped: Dropped): void {
  for (const element of elementsByTag(content, tags)) if (element.parent) drop(element, dropped);
}

/** Marks tables that hold data (kept whole) as opposed to layout tables. */
function findDataTables(content: Element): Set<Element> {
  const data = new Set<Element>();
  for (const table of elementsByTag(content, tagSet('table'))) {
    if (table.attribs.role === 'presentation' || table.attribs.datatable === '0') continue;
    if (table.attribs.summary) {
      data.add(table);
      continue;
    }
    const inner = elementsByTag(table, tagSet('caption', 'thead', 'tfoot', 'colgroup', 'col', 'th', 'table'));
    if (inner.some((element) => element.name === 'table')) continue;
    if (
      inner.some((element) => element.name === 'caption' && element.children.length > 0) ||
      inner.length > 0
    ) {
      data.add(table);
      continue;
    }
    const rows = elementsByTag(table, tagSet('tr'));
    let columns = 0;
    for (const row of rows) {
      let count = 0;
      for (const cell of elementChildren(row))
        if (cell.name === 'td') count += Number(cell.attribs.colspan) || 1;
      columns = Math.max(columns, count);
    }
    if (rows.length === 1 || columns === 1) continue;
    if (rows.length >= 10 || columns > 4 || rows.length * columns > 10) data.add(table);
  }
  return data;
}

function insideDataTable(element: Element, dataTables: ReadonlySet<Element>): boolean {
  let current = element.parent;
  while (current) {
    if (isTag(current) && current.name === 'table' && dataTables.has(current)) return true;
    current = current.parent;
  }
  return false;
}

/** Readability's "clean conditionally": removes blocks of a tag whose numbers look like chrome. */
function cleanConditionally(
  content: Element,
  tag: string,
  flags: GrabFlags,
  dataTables: ReadonlySet<Element>,
  dropped: Dropped,
  measures?: SubtreeMeasures,
): void {
  if (!flags.cleanConditionally) return;
  const elements = elementsByTag(content, tagSet(tag));
  const measureOf = measures ? measures.measure : measure;
  const whole = measureOf(content).text;
  for (let index = elements.length - 1; index >= 0; index -= 1) {
    const node = elements[index]!;
    const parent = node.parent;
    if (!parent) continue;
    if (shouldRemove(node, tag, flags, dataTables, whole, measureOf)) {
      drop(node, dropped);
      if (measures && isTag(parent)) measures.childRemoved(node, parent);
    }
  }
}

function shouldRemove(
  node: Element,
  tag: string,
  flags: GrabFlags,
  dataTables: ReadonlySet<Element>,
  whole: number,
  measureOf: (element: Element) => Measure,
): boolean {
  if (tag === 'table' && dataTables.has(node)) return false;
  if (insideDataTable(node, dataTables) || hasAncestorTag(node, 'code')) return false;
  if (elementsByTag(node, tagSet('table')).some((table) => dataTables.has(table))) return false;
  const numbers = measureOf(node);
  let isList = tag === 'ul' || tag === 'ol';
  if (!isList && numbers.text > 0) isList = numbers.listText / numbers.text > 0.9;
  const weight = classWeight(node, flags);
  // A class name that sounds like chrome ('field--label-hidden') does not outweigh holding most of the article.
  if (weight < 0 && !(numbers.text * 2 > whole && numbers.link * 4 < numbers.text)) return true;
  if (numbers.commas >= 10) return false;
  const text = numbers.text < 40 ? innerText(node) : '';
  if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return true;
  const paragraphs = numbers.paragraphs;
  const images = numbers.images;
  const listItems = numbers.listItems - 100;
  const headingDensity = numbers.text === 0 ? 0 : numbers.headingText / numbers.text;
  const textDensity = numbers.text === 0 ? 0 : numbers.textyText / numbers.text;
  const density = numbers.text === 0 ? 0 : numbers.link / numbers.text;
  const inFigure = hasAncestorTag(node, 'figure');
  const length = numbers.text;
  const remove =
    (!inFigure && images > 1 && paragraphs / images < 0.5) ||
    (!isList && listItems > paragraphs) ||
    numbers.inputs > Math.floor(paragraphs / 3) ||
    (!isList &&
      !inFigure &&
      headingDensity < 0.9 &&
      length < 25 &&
      (images === 0 || images > 2) &&
      density > 0) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (numbers.embeds === 1 && length < 75) ||
    numbers.embeds > 1 ||
    (images === 0 && textDensity === 0);
  if (isList && remove) {
    for (const child of elementChildren(node)) if (elementChildren(child).length > 1) return remove;
    if (images === elementsByTag(node, tagSet('li')).length) return false;
  }
  return remove;
}

/** Removes small blocks whose class or id says "share", below each top-level child. */
function removeShareBlocks(content: Element, dropped: Dropped): void {
  for (const child of elementChildren(content)) {
    let node = nextElement(child, false, child);
    while (node) {
      if (PATTERNS.share.test(classAndId(node)) && innerText(node).length < SHARE_TEXT_LIMIT) {
        const next = nextElement(node, true, child);
        drop(node, dropped);
        node = next;
      } else node = nextElement(node, false, child);
    }
  }
}

/** Removes h1/h2 headings whose class says chrome. */
function cleanHeaders(content: Element, flags: GrabFlags, dropped: Dropped): void {
  for (const heading of elementsByTag(content, tagSet('h1', 'h2'))) {
    if (classWeight(heading, flags) < 0) drop(heading, dropped);
  }
}

/** Removes paragraphs with neither text nor media, and unwraps single-cell tables. */
function tidyStructure(content: Element): void {
  for (const paragraph of elementsByTag(content, tagSet('p'))) {
    if (!hasText(paragraph) && elementsByTag(paragraph, tagSet('img')).length === 0) removeNode(paragraph);
  }
  for (const table of elementsByTag(content, tagSet('table'))) {
    if (!table.parent) continue;
    const body = hasSingleTagInside(table, 'tbody') ? elementChildren(table)[0]! : table;
    if (!hasSingleTagInside(body, 'tr')) continue;
    const row = elementChildren(body)[0]!;
    if (!hasSingleTagInside(row, 'td')) continue;
    const cell = elementChildren(row)[0]!;
    cell.name = cell.children.every((child: ChildNode) => isPhrasing(child)) ? 'p' : 'div';
    replaceNode(table, cell);
  }
}

/** Cleans a grabbed article container in place; returns the texts of the chrome it removed. */
export function cleanArticle(content: Element, flags: GrabFlags): Dropped {
  const dropped: Dropped = [];
  const dataTables = findDataTables(content);
  cleanConditionally(content, 'form', flags, dataTables, dropped);
  cleanConditionally(content, 'fieldset', flags, dataTables, dropped);
  removeTags(content, tagSet('footer', 'aside', 'nav'), dropped);
  removeShareBlocks(content, dropped);
  cleanHeaders(content, flags, dropped);
  // Tables, lists and divs are many and nested: their measures come from one table kept up to date
  // as blocks go, instead of a walk of each one's subtree (its size times its depth in all).
  const measures = flags.cleanConditionally ? measureSubtrees(content, 'measures') : undefined;
  cleanConditionally(content, 'table', flags, dataTables, dropped, measures);
  cleanConditionally(content, 'ul', flags, dataTables, dropped, measures);
  cleanConditionally(content, 'div', flags, dataTables, dropped, measures);
  tidyStructure(content);
  return dropped;
}
