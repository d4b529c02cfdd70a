import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'domhandler';
import { elementsByTag, firstByTag, removeNode } from '../../src/extract/html/dom.js';
import { measure, measureSubtrees } from '../../src/extract/html/measure.js';
import { parseHtml } from '../../src/extract/html/parse.js';

const PAGE = `<html><body><div id="story">
  <div class="lead"><p>The council of Orsk met on Tuesday, and voted.</p><p>Residents asked, again, about the cost.</p></div>
  <ul class="links"><li><a href="/a">Other story one</a></li><li><a href="#top">Back to top</a></li></ul>
  <div class="box"><h2>More <a href="/b">from Orsk</a></h2><img src="x.jpg"><form><input name="q"></form>
    <div class="inner"><a href="/c">Tip us, please</a>, and <b>share</b>.</div></div>
  <p>The plan adds <b>barriers</b>, pumps and a wall, the mayor said.</p>
</div></body></html>`;

test('a table of measures kept up to date as blocks are removed reads as a fresh measure of each ancestor', () => {
  const document = parseHtml(PAGE);
  const root = firstByTag(document, 'body') as Element;
  const table = measureSubtrees(root, 'measures');
  // Remove blocks deepest and last first, as the cleaner does, checking every element after each.
  const victims = [...elementsByTag(root, new Set(['div', 'li', 'form', 'h2', 'a', 'b', 'img']))].reverse();
  for (const victim of victims) {
    const parent = victim.parent as Element;
    removeNode(victim);
    table.childRemoved(victim, parent);
    for (const element of elementsByTag(root, new Set(['div', 'ul', 'li', 'p', 'h2', 'body'])))
      assert.deepEqual(
        table.measure(element),
        measure(element),
        `${element.name} after removing ${victim.name}`,
      );
    assert.deepEqual(table.measure(root), measure(root));
  }
});
