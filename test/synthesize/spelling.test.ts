import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spelledAlike } from '../../src/synthesize/spelling.js';

test('one name spelled two ways is one name; different names are not', () => {
  assert.equal(spelledAlike('Halvorsen', 'Halvorssen'), true);
  assert.equal(spelledAlike('Brennstadt Road', 'Brenstadt Road'), true);
  assert.equal(spelledAlike('Kösrek', 'Kosrek'), true);
  assert.equal(spelledAlike('Kosrek', 'Yenibag'), false);
  // Short names get no slack: a one-letter difference is another name.
  assert.equal(spelledAlike('Lind', 'Lund'), false);
  assert.equal(spelledAlike('Marlow', 'Harlow'), false);
  assert.equal(spelledAlike('x'.repeat(100), `${'x'.repeat(99)}y`), false);
});
