import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeUrl } from '../../src/store/normalize-url.js';

test('normalizeUrl folds the forms of one address together', () => {
  const cases: [string, string | null][] = [
    ['HTTPS://News.Example/a/?utm_source=x&utm_medium=rss#top', 'https://news.example/a'],
    ['https://news.example/a', 'https://news.example/a'],
    ['https://news.example/', 'https://news.example'],
    ['https://news.example:443/x?b=2&a=1&fbclid=zz', 'https://news.example/x?a=1&b=2'],
    ['http://news.example:8080/x/', 'http://news.example:8080/x'],
    ['https://user:pw@news.example/p?id=7&gclid=1', 'https://news.example/p?id=7'],
    ['ftp://news.example/file', null],
    ['not a url', null],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeUrl(input), expected, input);
});
