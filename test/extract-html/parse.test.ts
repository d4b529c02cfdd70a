import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AnyNode, Comment, Document, Element, hasChildren, isTag, Text } from 'domhandler';
import { getOuterHTML } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { asBrowserBuilds, parseHtml } from '../../src/extract/html/parse.js';
import { newsPage } from './fixtures.js';

/** htmlparser2's own tree, with the options `parseHtml` uses, and the tags a browser adds. */
const reference = (text: string) =>
  getOuterHTML(
    asBrowserBuilds(
      parseDocument(text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }),
    ),
    {
      decodeEntities: false,
    },
  );
const ours = (text: string) => getOuterHTML(parseHtml(text), { decodeEntities: false });

/** Pieces that move the tokenizer between its states: text, entities, tags, quoted values, raw text. */
const PIECES = [
  '<',
  '>',
  '&',
  '&amp;',
  '&#x41;',
  '&nbsp',
  '&lt',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  'a',
  'Mirrow',
  '/',
  '<p>',
  '</p>',
  '<script>',
  '</script>',
  '<SCRIPT type="x">',
  '<style>',
  '</style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<title>',
  '</title>',
  '<textarea>',
  '</textarea>',
  '<br/>',
  '<p class="a&amp;b">',
  "<a href='q&lt;r'>",
  '<div data-x=y&z>',
  '<img alt="1 < 2">',
  '</div>',
  '<?xml ?>',
  '<!DOCTYPE html>',
  '<svg><path d="M0"/></svg>',
];

test('within its bounds, parseHtml builds the tree htmlparser2 builds', () => {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const inputs = [newsPage()];
  for (let i = 0; i < 4000; i++) {
    let text = '';
    for (let n = Math.floor(next() * 40); n > 0; n--) text += PIECES[Math.floor(next() * PIECES.length)];
    inputs.push(text);
  }
  for (const text of inputs) assert.equal(ours(text), reference(text), `differs on ${JSON.stringify(text)}`);
});

/** A node's own properties that hold a value. */
const defined = (node: AnyNode) =>
  Object.entries(node)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key)
    .sort();

test("parseHtml's nodes are domhandler's nodes: same classes, links and DOM aliases as htmlparser2's", () => {
  const text = `${newsPage()}<p>a<b>b</b>c<!-- note --><script>x</script><style>y</style>`;
  const theirs = asBrowserBuilds(
    parseDocument(text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }),
  );
  const pairs: [AnyNode, AnyNode][] = [[parseHtml(text), theirs]];
  let compared = 0;
  while (pairs.length > 0) {
    const [a, b] = pairs.pop()!;
    compared += 1;
    for (const kind of [Element, Text, Comment, Document]) assert.equal(a instanceof kind, b instanceof kind);
    assert.equal(a.type, b.type);
    assert.equal(a.nodeType, b.nodeType);
    assert.equal(a.parentNode?.type, b.parentNode?.type);
    assert.equal(a.previousSibling?.type, b.previousSibling?.type);
    assert.equal(a.nextSibling?.type, b.nextSibling?.type);
    assert.deepEqual(defined(a), defined(b));
    if (a instanceof Element && b instanceof Element) {
      assert.equal(a.tagName, b.tagName);
      assert.deepEqual(a.attributes, b.attributes);
      assert.equal(isTag(a), true);
      assert.equal(a.firstChild?.type, b.firstChild?.type);
    }
    if (a instanceof Text && b instanceof Text) assert.equal(a.nodeValue, b.nodeValue);
    if (hasChildren(a) && hasChildren(b)) {
      assert.equal(a.children.length, b.children.length);
      a.children.forEach((child, index) => pairs.push([child, b.children[index]!]));
    }
  }
  assert.ok(compared > 50);
});

test('a heading closed with another level’s end tag (`<h2>…</h3>`) ends there, as in a browser', () => {
  const html =
    '<body><h2 class="lead">The lead</h3><div><p>First paragraph.</p><h3>Sub</h3><p>Second.</p></div></body>';
  const body = parseHtml(html).children.find((n): n is Element => isTag(n) && n.name === 'html')!;
  const outer = getOuterHTML(body);
  assert.match(
    outer,
    /<h2 class="lead">The lead<\/h2><div><p>First paragraph\.<\/p><h3>Sub<\/h3><p>Second\.<\/p><\/div>/,
  );
  // A stray heading end tag with no heading open is ignored, as before.
  assert.match(getOuterHTML(parseHtml('<p>One</h4><p>Two</p>')), /<p>One<\/p><p>Two<\/p>/);
});
