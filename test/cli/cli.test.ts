import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fixture, repoRoot, runCli } from '../helpers.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schema = (name: string) => JSON.parse(readFileSync(`${repoRoot}schemas/${name}`, 'utf8')) as object;
const validateBrief = ajv.compile(schema('brief.schema.json'));
const validateRecord = ajv.compile(schema('extract-record.schema.json'));

test('--version and --help exit 0; no command and an unknown command are misuse (exit 2)', async () => {
  const version = await runCli(['--version']);
  assert.equal(version.code, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  assert.equal((await runCli(['--help'])).code, 0);
  assert.match((await runCli(['brief', '--help'])).stdout, /--format/);
  assert.match((await runCli(['extract', '--help'])).stdout, /--format/);
  assert.equal((await runCli([])).code, 2);
  const unknown = await runCli(['summarise']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "summarise"/);
});

test('misuse: no inputs or a bad format exits 2 and says what was wrong', async () => {
  const none = await runCli(['brief']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /give at least one INPUT/);
  const format = await runCli(['extract', '--format', 'xml', fixture('mini-event')]);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /--format must be one of jsonl, json, text/);
});

test('extract prints one record per document that validates against the schema', async () => {
  const run = await runCli(['extract', fixture('mini-event')]);
  assert.equal(run.code, 0, run.stderr);
  const records = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(records.length, 3);
  for (const r of records) assert.ok(validateRecord(r), ajv.errorsText(validateRecord.errors));
  const river = records.find((r) => r.id === 'https://rivernews.example/orra-dam');
  assert.ok(river, 'a record is identified by its own url');
  assert.equal(river.title, 'Orra dam opening draws protest');
  assert.equal(river.byline, 'Tomas Weil');
});

test('one bad input is reported with its name and the rest go on', async () => {
  const run = await runCli([
    'extract',
    '--format',
    'json',
    fixture('mini-event/orra-daily.txt'),
    fixture('nope.txt'),
  ]);
  assert.equal(run.code, 0);
  assert.match(run.stderr, /nope\.txt: no such file or folder/);
  assert.equal((JSON.parse(run.stdout) as unknown[]).length, 1);
  const allBad = await runCli(['brief', fixture('nope.txt')]);
  assert.equal(allBad.code, 1);
});

test('brief --format json validates against the schema and every citation verifies', async () => {
  const run = await runCli(['brief', '--format', 'json', '--verify', fixture('mini-event')]);
  assert.equal(run.code, 0, run.stderr);
  const brief = JSON.parse(run.stdout) as { sources: unknown[]; facts: { sources: string[] }[] };
  assert.ok(validateBrief(brief), ajv.errorsText(validateBrief.errors));
  assert.equal(brief.sources.length, 3);
  assert.ok(
    brief.facts.some((f) => f.sources.length === 3),
    'the shared irrigation fact is carried by all three',
  );
  assert.match(run.stderr, /all citations found verbatim/);
});

test('brief reads standard input and renders Markdown and escaped HTML', async () => {
  const md = await runCli(
    ['brief', '-'],
    'A <b>bold</b> claim was made on Monday by the mayor of Tarn. It was repeated.',
  );
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /^# /);
  const html = await runCli(
    ['brief', '--format', 'html', '-'],
    'A <script>alert(1)</script> claim was made on Monday by the mayor of Tarn.',
  );
  assert.equal(html.code, 0, html.stderr);
  assert.doesNotMatch(html.stdout, /<script>alert/);
});

test('cluster prints stories that validate against the schema, with every document in one story', async () => {
  const validate = ajv.compile(schema('stories.schema.json'));
  const run = await runCli(['cluster', fixture('mini-event')]);
  assert.equal(run.code, 0, run.stderr);
  const out = JSON.parse(run.stdout) as { stories: { members: string[] }[] };
  assert.ok(validate(out), ajv.errorsText(validate.errors));
  const members = out.stories.flatMap((s) => s.members).sort();
  assert.equal(members.length, 3);
  assert.equal(new Set(members).size, 3);
  const jsonl = await runCli(['cluster', '--format', 'jsonl', fixture('mini-event')]);
  assert.equal(jsonl.stdout.trim().split('\n').length, out.stories.length);
  assert.equal((await runCli(['cluster', '--format', 'xml', fixture('mini-event')])).code, 2);
});

test('cluster --by storyline groups the stories into storylines that validate against the schema', async () => {
  const validate = ajv.compile(schema('storylines.schema.json'));
  const stories = JSON.parse((await runCli(['cluster', fixture('mini-event')])).stdout) as {
    stories: { id: string; storyline: string; members: string[] }[];
  };
  const run = await runCli(['cluster', '--by', 'storyline', fixture('mini-event')]);
  assert.equal(run.code, 0, run.stderr);
  const out = JSON.parse(run.stdout) as {
    storylines: { id: string; stories: string[]; members: string[] }[];
  };
  assert.ok(validate(out), ajv.errorsText(validate.errors));
  assert.deepEqual(
    out.storylines.map((l) => l.id).sort(),
    [...new Set(stories.stories.map((s) => s.storyline))].sort(),
  );
  assert.deepEqual(out.storylines.flatMap((l) => l.stories).sort(), stories.stories.map((s) => s.id).sort());
  assert.equal(out.storylines.flatMap((l) => l.members).length, 3);
  const wrong = await runCli(['cluster', '--by', 'topic', fixture('mini-event')]);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /--by must be one of story, storyline/);
});
