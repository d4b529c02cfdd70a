import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isEnglishWord } from '../../src/analyze/english.js';

test('English words are found by a binary search over the word list; names and non-words are not', () => {
  for (const word of ['a', 'officials', 'Meanwhile', 'however', 'zymurgy', 'aah', 'price-wise'])
    assert.ok(isEnglishWord(word), word);
  for (const word of ['Zarcon', 'DxOMark', 'aaz', 'zzzzzz', '', 'café', 'S9', 'well-zarcon', '-'])
    assert.ok(!isEnglishWord(word), word);
});
