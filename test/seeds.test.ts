/**
 * The reference corpus: five real page dumps of one event from five outlets (../shared/seeds, not
 * part of the repository). The brief must hold together on them: every citation verbatim, the real
 * disagreement found, compatible figures not flagged, translated quotes grouped, the war's names compared.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Brief } from '../src/types.js';
import { needsShared, repoRoot, runCli, sharedDir } from './helpers.js';

const skip = needsShared('seeds');

async function seedBrief(): Promise<Brief> {
  const run = await runCli(['brief', '--format', 'json', '--verify', `${sharedDir}seeds`]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /all citations found verbatim/);
  return JSON.parse(run.stdout) as Brief;
}

test('the seeds brief validates against the schema, one source per seed, every citation verbatim', {
  skip,
}, async () => {
  const brief = await seedBrief();
  const schema = JSON.parse(readFileSync(`${repoRoot}schemas/brief.schema.json`, 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(brief), JSON.stringify(validate.errors));
  assert.equal(brief.sources.length, 5);
  // Reuters, AFP's client, AP (the AP digest and the outlet leaning on AP) and Bloomberg.
  assert.equal(new Set(brief.sources.map((s) => s.origin)).size, 4, 'four independent origins');
  assert.ok(
    brief.facts.some((f) => f.independent >= 2),
    'some fact is carried by two independent origins',
  );
});

test('the seeds: Ukraine "not mentioned" against "discussed" is the disagreement; the call length is not', {
  skip,
}, async () => {
  const brief = await seedBrief();
  const polarity = brief.contradictions.filter((c) => c.kind === 'polarity');
  assert.equal(polarity.length, 1);
  assert.ok(polarity[0]!.sides.some((s) => /made no (mention|reference)/.test(s.text)));
  assert.ok(polarity[0]!.sides.some((s) => /discussed the Kremlin’s war in Ukraine/.test(s.text)));
  assert.ok(
    !brief.contradictions.some(
      (c) => c.kind === 'number' && c.sides.some((s) => /one and a half hours|25 minutes/.test(s.text)),
    ),
  );
  const duration = brief.quantities.find((q) => q.values.some((v) => /25 minutes/.test(v.text)));
  assert.ok(duration, 'the call length is compared');
  assert.equal(duration.status, 'agree');
  assert.ok(duration.values.some((v) => /nearly one and a half hours/.test(v.text)));
});

test('the seeds: translated quotes grouped with their speaker, the war named four ways', {
  skip,
}, async () => {
  const brief = await seedBrief();
  const plan = brief.quotes.find((q) => q.variants.some((v) => v.text === 'grand plan'));
  assert.ok(plan, 'the "grand plan" quote is found');
  assert.match(plan.speaker ?? '', /Xi/);
  assert.ok(
    plan.variants.some((v) => /blueprint/.test(v.text)) &&
      plan.variants.some((v) => /grandiose/.test(v.text)),
  );
  const war = brief.framing.find((f) => f.concept.includes('war'));
  assert.ok(war);
  const terms = war.terms.map((t) => t.term);
  for (const term of ['war', 'offensive', 'invasion']) assert.ok(terms.includes(term), term);
});
