import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scorePage, snippetHits } from '../../bench/extract-metric.js';

test('the extraction metric compares text as a reader sees it: soft hyphens and zero-width spaces aside, on both sides', () => {
  const shown = 'Engineers met Ilse Varnholt at the northern quay of Velmora on Tuesday morning.';
  const marked =
    'Engineers met Ilse Varn\u00ADholt at the north\u200Bern quay of Vel\u00ADmora on Tuesday morning.';
  assert.deepEqual(scorePage(shown, marked), { precision: 1, recall: 1 });
  assert.deepEqual(snippetHits(shown, ['Ilse Varn\u00ADholt at the'], ['Vel\u00ADmora on Tuesday']), {
    right: 1,
    total: 2,
  });
  assert.ok(scorePage('Engineers met someone else entirely at another quay today.', marked).recall < 0.5);
});
