import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze, resolveEntities } from '../../src/analyze/index.js';
import type { Analysis } from '../../src/types.js';
import { seedArticle } from './article.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const skip = existsSync(SEEDS) ? false : 'needs ../shared/seeds beside the repository';

function load(): { name: string; analysis: Analysis }[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, analysis: analyze(seedArticle(readFileSync(SEEDS + f, 'utf8'), f)) }));
}

test('seeds: direct quotes have speakers, dates resolve, name variants merge', { skip }, () => {
  const seeds = load();
  for (const { name, analysis } of seeds) {
    const nameOf = (id: string | null): string | null =>
      analysis.entities.find((e) => e.id === id)?.name ?? null;
    for (const q of analysis.quotes.filter(
      (x) => x.kind === 'direct' && x.sentence > 2 && /said|told/.test(x.verb ?? ''),
    )) {
      assert.ok(
        ['Vladimir Putin', 'Xi Jinping', 'Wang Yi', 'Yuri Ushakov'].includes(nameOf(q.speaker) ?? ''),
        `${name}: ${q.text}`,
      );
    }
  }
  const afp = seeds.find((s) => s.analysis.quotes.some((q) => q.speakerText === 'the Chinese president'));
  assert.ok(afp, 'a quote of the Chinese president');
  const dates = seeds.flatMap((s) => s.analysis.dates);
  assert.ok(dates.some((d) => d.text === 'Sunday' && d.date === '2026-02-01'));
  assert.ok(dates.some((d) => d.text === 'last month' && d.date === '2026-01'));
  assert.ok(dates.some((d) => /first half of/.test(d.text) && d.date === '2026-01' && d.until === '2026-06'));
  assert.ok(dates.some((d) => d.text === 'November' && d.date === '2026-11'));
  const story = resolveEntities(seeds.map((s) => s.analysis));
  const shoigu = story.entities.filter((e) => /Shoigu/.test(e.name));
  assert.equal(shoigu.length, 1);
  const xi = story.entities.find((e) => e.name === 'Xi Jinping')!;
  for (const alias of ['Xi', 'Mr Xi', 'the Chinese president']) assert.ok(xi.aliases.includes(alias), alias);
});
