import assert from 'node:assert/strict';
import { test } from 'node:test';
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
