/**
 * @module bench/extract-dump
 * Helpers of the extraction benchmark: a page's text as a browser's "save as text" gives it (the
 * visible text, one block a line, blank lines between blocks: the shape of the seed dumps), and the
 * fixed split of a set's pages into a development part (tuned on) and a held-out part (never looked
 * at while tuning), by a hash of the page's name.
 */
import type { ChildNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseHtml } from '../src/extract/html/parse.js';

/** Elements a browser shows on a line of their own. */
const BLOCK = new Set(
  'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul center'.split(
    ' ',
  ),
);
/**
 * Elements whose content a browser never shows as text. Not `head` as a whole: a page that never closes
 * its head (no `</head>`, no `<body>`) has its text parsed inside it, which a browser moves to the body.
 */
const INVISIBLE = new Set(
  'script style noscript template svg canvas iframe object embed video audio select button input textarea title meta link base'.split(
    ' ',
  ),
);

function hidden(element: Element): boolean {
  const style = (element.attribs.style ?? '').replace(/\s+/g, '').toLowerCase();
  return (
    'hidden' in element.attribs ||
    element.attribs['aria-hidden'] === 'true' ||
    style.includes('display:none') ||
    style.includes('visibility:hidden')
  );
}

/** The visible text of a page, one block a line, blocks separated by a blank line. */
export function pageAsText(html: string): string {
  const document = parseHtml(html);
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) blocks.push(line);
    current = '';
  };
  const stack: (ChildNode | 'end')[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end') {
      flush();
      continue;
    }
    if (isText(node)) current += node.data;
    else if (isTag(node)) {
      if (INVISIBLE.has(node.name) || hidden(node)) continue;
      if (node.name === 'br') {
        flush();
        continue;
      }
      if (node.name === 'img' && node.attribs.alt) current += ` ${node.attribs.alt} `;
      const block = BLOCK.has(node.name);
      if (block) {
        flush();
        stack.push('end');
      }
      for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]!);
    }
  }
  flush();
  return blocks.join('\n\n');
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** True for the pages held out from tuning: a quarter of each set, fixed by a hash of the page's name. */
export function isHeldOut(name: string): boolean {
  return fnv1a(name) % 4 === 0;
}
