/**
 * The NeuS disagreement truth (`bench/truth/neus-disagreements.json`) against the leads it annotates:
 * every side is a span of words of its outlet's lead, and both halves (dev, held out) are annotated.
 * Reads `../shared/data/summaries/neus-val`; skipped, saying so, when it is absent.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadNeus, loadNeusDisagreements, neusAvailable } from '../../bench/truth/neus.js';

test('every annotated NeuS disagreement is two outlets’ spans of words of their own leads', (t) => {
  if (!neusAvailable()) {
    t.skip('../shared/data/summaries/neus-val is absent: the NeuS truth is not checked');
    return;
  }
  const stories = loadNeus();
  const disagreements = loadNeusDisagreements();
  assert.ok(disagreements.some((d) => d.story % 2 === 0) && disagreements.some((d) => d.story % 2 === 1));
  for (const d of disagreements) {
    assert.equal(d.sides.length, 2);
    assert.notEqual(d.sides[0]!.outlet, d.sides[1]!.outlet, `S${d.story}`);
    assert.ok(['number', 'date', 'place', 'polarity', 'person'].includes(d.kind), d.kind);
    for (const side of d.sides) {
      const lead = stories[d.story]!.leads[side.outlet]!;
      const text = side.title ? lead.title : lead.text;
      const span = text.slice(side.start, side.end);
      assert.ok(side.end > side.start && side.end <= text.length, `S${d.story} outlet ${side.outlet}`);
      // (Whole words: the span neither starts nor ends inside one.)
      assert.doesNotMatch(text.slice(Math.max(0, side.start - 1), side.start + 1), /^\p{L}\p{L}$/u);
      assert.doesNotMatch(text.slice(side.end - 1, side.end + 1), /^\p{L}\p{L}$/u);
      assert.ok(span.split(/\s+/).length >= 3, `S${d.story}: "${span}"`);
    }
  }
});
