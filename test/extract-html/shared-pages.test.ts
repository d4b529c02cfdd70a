import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { f1Of, htmlToText, scorePage } from '../../bench/extract-metric.js';
import { extractHtml } from '../../src/extract/html/extract-html.js';

/** ../shared relative to the repository root (this file is test/extract-html/). */
const pages = new URL('../../../shared/data/extraction/readability-pages/', import.meta.url).pathname;
const available = existsSync(pages);

test('extracts the shared readability pages close to their expected text (sample of 20)', {
  skip: available ? false : 'needs ../shared/data/extraction/readability-pages (development data, absent)',
}, () => {
  const cases = readdirSync(pages)
    .sort()
    .filter((_, index) => index % 6 === 0);
  const scores = cases.map((name) => {
    const result = extractHtml(readFileSync(`${pages}${name}/source.html`));
    return scorePage(result.text, htmlToText(readFileSync(`${pages}${name}/expected.html`, 'utf8')));
  });
  assert.ok(f1Of(scores).f1 > 0.9, `F1 ${f1Of(scores).f1}`);
});
