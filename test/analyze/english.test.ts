import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isEnglishWord } from '../../src/analyze/english.js';

test('English words are found by a binary search over the word list; names and non-words are not', () => {
  for (const word of ['a', 'officials', 'Meanwhile', 'however', 'zymurgy', 'aah', 'price-wise'])
    assert.ok(isEnglishWord(word), word);
  for (const word of ['Zarcon', 'DxOMark', 'aaz', 'zzzzzz', '', 'café', 'S9', 'well-zarcon', '-'])
    assert.ok(!isEnglishWord(word), word);
});

test('a contraction is its first word’s: We’ve, Don’t and Can’t are English words, a name with one is not', () => {
  for (const word of ['We’ve', "It'll", 'Don’t', 'Can’t', 'Won’t', 'They’re', 'I’m'])
    assert.ok(isEnglishWord(word), word);
  for (const word of ['Zarcon’ll', 'DxOMark’d']) assert.ok(!isEnglishWord(word), word);
});
