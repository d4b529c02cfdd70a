/**
 * @module test/extract-text/check-fields
 * Invariants every cleaned article must hold, shared by the text-cleaner tests.
 */

import assert from 'node:assert/strict';
import type { ExtractedFields } from '../../src/types.js';

/** Offsets point into `text`, blocks are in order and joined by a blank line. */
export function assertWellFormed(fields: ExtractedFields): void {
  let previousEnd = -2;
  for (const block of fields.paragraphs) {
    assert.equal(fields.text.slice(block.start, block.end), block.text);
    assert.equal(block.start, previousEnd + 2);
    assert.notEqual(block.text.trim(), '');
    previousEnd = block.end;
  }
  assert.equal(fields.text, fields.paragraphs.map((b) => b.text).join('\n\n'));
  for (const r of fields.removed)
    assert.ok(['chrome', 'promo', 'caption', 'off-topic', 'duplicate'].includes(r.reason));
}

/** Lower-case letters and digits only: compares text whatever its spacing and punctuation. */
export function squeeze(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function removedAs(fields: ExtractedFields, text: string): string | undefined {
  return fields.removed.find((r) => r.text === text)?.reason;
}
