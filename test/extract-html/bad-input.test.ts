import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ChildNode, isTag } from 'domhandler';
import { textContent } from 'domutils';
import { extractHtml } from '../../src/extract/html/extract-html.js';
import { MAX_ELEMENTS, parseHtml } from '../../src/extract/html/parse.js';
import { BODY } from './fixtures.js';

test('empty and blank input give an empty body', () => {
  for (const input of ['', '   \n', new Uint8Array(0)]) {
    const result = extractHtml(input);
    assert.equal(result.text, '');
    assert.deepEqual(result.paragraphs, []);
    assert.equal(result.title, null);
  }
});

test('binary input gives an empty body and a note', () => {
  const bytes = new Uint8Array(4096);
  for (let index = 0; index < bytes.length; index += 1)
    bytes[index] = (index * 37) % 7 === 0 ? 0 : index % 256;
  const result = extractHtml(bytes);
  assert.equal(result.text, '');
  assert.ok(result.removed.some((item) => item.text.includes('binary')));
});

test('a page of markup without text gives an empty body', () => {
  const result = extractHtml(
    '<html><body><div><div><span></span></div></div><img src="x.png"></body></html>',
  );
  assert.equal(result.text, '');
});

test('HTML nested 10,000 levels deep does not overflow the stack', () => {
  const depth = 10_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>${BODY.join('</p><p>')}</p>${'</div>'.repeat(depth)}</body></html>`;
  const result = extractHtml(html);
  assert.ok(result.text.includes(BODY[2]!));
  const inline = `<html><body>${'<span>'.repeat(depth)}${BODY[0]}${'</span>'.repeat(depth)}</body></html>`;
  assert.ok(extractHtml(inline).text.includes('Velmora'));
});

test('a page of more elements than any real page keeps its text, parsed into a bounded tree', () => {
  const items = Array.from({ length: MAX_ELEMENTS + 20_000 }, (_, i) => `<span>w${i}</span>`).join('');
  const document = parseHtml(`<html><body><div>${items}</div><p>Closing words.</p></body></html>`);
  let elements = 0;
  const stack: ChildNode[] = [...document.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    elements += 1;
    stack.push(...node.children);
  }
  assert.ok(elements <= MAX_ELEMENTS, `${elements} elements`);
  const text = textContent(document);
  assert.ok(
    text.includes('w0') && text.includes(`w${MAX_ELEMENTS + 19_999}`) && text.includes('Closing words.'),
  );
});

test('a 50 MB page is cut to a bounded size with a note, and still extracts', () => {
  const article = `<article><p>${BODY.join('</p><p>')}</p></article>`;
  const filler = '<div class="pad"><span>filler filler filler filler filler</span></div>\n';
  const html = `<html><body>${article}${filler.repeat(Math.ceil((50 * 1024 * 1024) / filler.length))}</body></html>`;
  const result = extractHtml(html);
  assert.ok(result.text.includes(BODY[0]!));
  assert.ok(result.removed.some((item) => item.text.startsWith('[page cut')));
});

test('broken markup and invalid bytes do not throw', () => {
  const inputs: (string | Uint8Array)[] = [
    '<html><body><p>Unclosed <b>bold <i>italic <div>block</p></span></body>',
    '<<<>>><p><!-- unterminated comment',
    '<script>never closed',
    '<html><head><script type="application/ld+json">{not json</script></head><body><p>x</p></body></html>',
    new Uint8Array([0x3c, 0x70, 0x3e, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x3c, 0x2f, 0x70, 0x3e]),
  ];
  for (const input of inputs) assert.doesNotThrow(() => extractHtml(input));
});
