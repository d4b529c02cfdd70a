/**
 * The NeuS disagreement truth (`bench/truth/neus-disagreements.json`) against the leads it annotates:
 * every side is a span of words of its outlet's lead, and both halves (dev, held out) are annotated.
 * Reads `../shared/data/summaries/neus-val`; skipped, saying so, when it is absent. Also the shape of
 * the judged summary bullets (`bench/truth/summary-judged.json`), which holds no text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

test('judged summary bullets hold ids, offsets, fingerprints and verdicts only, from dev stories only', () => {
  const file = new URL('../../bench/truth/summary-judged.json', import.meta.url);
  const { bullets } = JSON.parse(readFileSync(file, 'utf8')) as {
    bullets: { story: string; article: string; start: number; end: number; fp: string; verdict: string }[];
  };
  assert.ok(bullets.length >= 1000);
  const kinds = new Set([
    'ok',
    'dangling',
    'opinion-voice',
    'fragment',
    'promo',
    'subhead',
    'bare-quote',
    'caption',
    'question',
  ]);
  for (const b of bullets) {
    assert.deepEqual(Object.keys(b).sort(), ['article', 'end', 'fp', 'start', 'story', 'verdict']);
    assert.ok(kinds.has(b.verdict), b.verdict);
    assert.match(b.fp, /^[0-9a-f]{8}$/);
    assert.ok(b.end > b.start && b.start >= 0);
    // (NeuS stories judged are the even-numbered ones: the odd ones stay held out.)
    const neus = /^neus (\d+)$/.exec(b.story);
    assert.ok(neus ? Number(neus[1]) % 2 === 0 : b.story.startsWith('wikiref:'), b.story);
  }
  assert.ok(bullets.some((b) => b.verdict === 'ok') && bullets.some((b) => b.verdict === 'dangling'));
});
