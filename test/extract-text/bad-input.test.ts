import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText, MAX_INPUT_CHARS, tryCleanText } from '../../src/extract/text/clean-text.js';
import { assertWellFormed } from './check-fields.js';

test('empty and blank text are misses with a reason', () => {
  for (const text of ['', '   \n\n \t ']) {
    const r = tryCleanText(text);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.reason, 'empty');
    assert.equal(r.fields.text, '');
  }
  assert.deepEqual(cleanText('').paragraphs, []);
  assert.deepEqual(cleanText(undefined as unknown as string).paragraphs, []);
});

test('binary content is a miss', () => {
  const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)).toString('latin1');
  const r = tryCleanText(bytes.replace(/[\u0080-\u00ff]/g, '\ufffd'));
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.reason, 'binary');
});

test('a page of chrome only has no body', () => {
  const r = tryCleanText(
    'Home\n\nNews\n\nPrivacy Policy\n\nCopyright © 2030 Example Media. All rights reserved.',
  );
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.reason, 'no-body');
});

test('a 5 MB single line is read in bounded time', () => {
  const sentence = 'The committee met again on Tuesday.Members said the plan was sound and would pass. ';
  const huge = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
  const started = performance.now();
  const r = tryCleanText(huge);
  const ms = performance.now() - started;
  assert.ok(r.ok);
  if (r.ok) {
    assert.equal(r.truncated, true);
    assert.ok(r.fields.text.length <= MAX_INPUT_CHARS + 200_000);
    assertWellFormed(r.fields);
  }
  assert.ok(ms < 10_000, `took ${ms} ms`);
});

test('many lines and odd characters do not break offsets', () => {
  const lines = Array.from({ length: 3000 }, (_, i) =>
    i % 3 === 0 ? `Line ${i}\u00a0 with\u200b odd\tspaces. ` : `• Item ${i} of the list`,
  );
  const f = cleanText(lines.join('\n'));
  assertWellFormed(f);
});

test('credit mentions say where each agency was named', () => {
  const r = tryCleanText(
    'The mayor of Orsk at the meeting. (AFP pic)\n\nThe council of Orsk met on Monday and approved the plan, Xinhua reported. REUTERS',
  );
  assert.ok(r.ok);
  if (r.ok) {
    assert.deepEqual(
      r.creditMentions.map((m) => [m.agency, m.source]),
      [
        ['Reuters', 'closing'],
        ['Xinhua', 'attribution'],
        ['AFP', 'photo'],
      ],
    );
    assert.deepEqual(r.fields.credits, ['Reuters']);
  }
});

test('tens of thousands of lines are read in bounded time', () => {
  const lines: string[] = [];
  for (let i = 0; i < 8_000; i++) {
    lines.push(
      i % 2 === 0
        ? `The council of Orsk met for session ${i} and said the plan for the valley was sound.`
        : `“The plan for the valley was sound in session ${i - 1}”`,
    );
    lines.push('');
  }
  const started = performance.now();
  const f = cleanText(lines.join('\n'));
  const ms = performance.now() - started;
  assertWellFormed(f);
  assert.ok(ms < 10_000, `took ${ms} ms`);
});
