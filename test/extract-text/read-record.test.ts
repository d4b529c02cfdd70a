import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../src/extract/index.js';
import { RECORD_TEXT_FIELDS } from '../../src/extract/record/fields.js';
import { readRecord, readRecordJson } from '../../src/extract/record/read-record.js';
import { cleanText } from '../../src/extract/text/clean-text.js';
import { AddArticleBody } from '../../src/server/schemas.js';

test('news-please record: maintext, date_publish, source_domain, authors, language, dId', () => {
  const r = readRecord({
    title: 'Valley dam passes safety test',
    maintext: 'RIVERTON (AP) — The Valley dam passed its ten-year safety test on Tuesday, engineers said.',
    text: null,
    description: 'Engineers say the dam is sound.',
    date_publish: '2030-04-02 10:15:00',
    date_modify: '2030-04-03 08:00:00',
    source_domain: 'valleytimes.example',
    url: 'https://valleytimes.example/dam',
    authors: ['Rita Moss', 'Tom Hale'],
    language: 'en',
    dId: 'np-42',
  });
  assert.ok(r.ok);
  assert.equal(
    r.text,
    'RIVERTON (AP) — The Valley dam passed its ten-year safety test on Tuesday, engineers said.',
  );
  assert.equal(r.id, 'np-42');
  assert.equal(r.url, 'https://valleytimes.example/dam');
  assert.deepEqual(r.hints, {
    title: 'Valley dam passes safety test',
    published: '2030-04-02T10:15:00',
    outlet: 'valleytimes.example',
    byline: 'Rita Moss, Tom Hale',
    url: 'https://valleytimes.example/dam',
    language: 'en',
  });
  const f = cleanText(r.text, r.hints);
  assert.equal(f.title, 'Valley dam passes safety test');
  assert.equal(f.dateline, 'RIVERTON');
  assert.deepEqual(f.credits, ['AP']);
  assert.equal(f.published, '2030-04-02T10:15:00');
});

test('newspaper3k record: text, publish_date, source_url, meta_lang', () => {
  const r = readRecord({
    title: 'Tram line extended',
    text: 'Tram line extended\n\nThe city extended its tram line by two stops on Friday.',
    publish_date: '2030-05-10T00:00:00+02:00',
    authors: [],
    source_url: 'https://www.citypost.example',
    url: 'https://www.citypost.example/tram',
    meta_lang: 'de',
  });
  assert.ok(r.ok);
  assert.equal(r.id, null);
  assert.equal(r.hints.published, '2030-05-10T00:00:00+02:00');
  assert.equal(r.hints.outlet, 'citypost.example');
  assert.equal(r.hints.byline, null);
  assert.equal(r.hints.language, 'de');
  const f = cleanText(r.text, r.hints);
  assert.deepEqual(
    f.paragraphs.map((p) => p.text),
    ['The city extended its tram line by two stops on Friday.'],
  );
});

test('our own record: body, published, outlet, byline, id', () => {
  const r = readRecord({
    id: 'own-7',
    title: 'Library reopens',
    body: 'The central library reopened on Monday after a roof repair.',
    published: '2030-06-01',
    outlet: 'Town Crier',
    byline: 'Lee Park',
    url: 'https://towncrier.example/library',
  });
  assert.ok(r.ok);
  assert.equal(r.id, 'own-7');
  assert.equal(r.hints.outlet, 'Town Crier');
  assert.equal(r.hints.byline, 'Lee Park');
  assert.equal(r.hints.published, '2030-06-01');
});

test('records without text are values with a reason', () => {
  assert.deepEqual(readRecord({ title: 'Only a title', url: 'https://x.example/a' }), {
    ok: false,
    reason: 'no-text',
  });
  assert.deepEqual(readRecord({ maintext: '   ', text: null }), {
    ok: false,
    reason: 'no-text',
  });
  assert.deepEqual(readRecord(null as unknown as Record<string, unknown>), {
    ok: false,
    reason: 'not-an-object',
  });
  assert.deepEqual(readRecord([] as unknown as Record<string, unknown>), {
    ok: false,
    reason: 'not-an-object',
  });
});

test('invalid JSON record lines are values, not throws', () => {
  assert.deepEqual(readRecordJson('{"title": "broken'), { ok: false, reason: 'invalid-json' });
  assert.deepEqual(readRecordJson('[1,2]'), { ok: false, reason: 'not-an-object' });
  assert.deepEqual(readRecordJson('"text"'), { ok: false, reason: 'not-an-object' });
  const ok = readRecordJson('{"maintext": "The ferry resumed service on Sunday.", "url": "not a url"}');
  assert.ok(ok.ok);
  assert.equal(ok.url, null);
});

test('odd field values: epoch dates, author objects, unparseable dates', () => {
  const r = readRecord({
    text: 'The ferry resumed service on Sunday.',
    date_publish: 1900000000,
    authors: [{ name: 'Ana Ruiz' }, 'Ana Ruiz', 7],
  });
  assert.ok(r.ok);
  assert.equal(r.hints.published, '2030-03-17T17:46:40Z');
  assert.equal(r.hints.byline, 'Ana Ruiz');
  const bad = readRecord({ text: 'The ferry resumed service on Sunday.', date_publish: 'sometime soon' });
  assert.ok(bad.ok);
  assert.equal(bad.hints.published, null);
});

test('cleanRecord: record to fields in one call, misses as values', async () => {
  const { cleanRecord } = await import('../../src/extract/record/clean-record.js');
  const r = cleanRecord({
    title: 'Valley dam passes safety test',
    maintext: 'RIVERTON (AP) — The Valley dam passed its ten-year safety test on Tuesday, engineers said.',
    date_publish: '2030-04-02 10:15:00',
    url: 'https://valleytimes.example/dam',
    dId: 'np-42',
  });
  assert.ok(r.ok);
  if (r.ok) {
    assert.equal(r.id, 'np-42');
    assert.equal(r.fields.title, 'Valley dam passes safety test');
    assert.deepEqual(r.fields.credits, ['AP']);
  }
  assert.deepEqual(cleanRecord({ title: 'x' }), { ok: false, reason: 'no-text' });
  assert.deepEqual(cleanRecord({ text: 'Home\n\nPrivacy Policy' }), { ok: false, reason: 'no-body' });
  // A paywall's leftovers: a button's few words, no sentence.
  assert.deepEqual(
    cleanRecord({
      title: 'Floats and bands fill the street for the Orsk parade',
      text: 'Sorry, this zipcode is not in our deliverable area for this subscription service.\nRe-enter zip code or sign up for digital access.\nGet digital access',
    }),
    { ok: false, reason: 'no-body' },
  );
  // A short report that is a sentence is one.
  assert.equal(cleanRecord({ text: 'Two people died in a fire in Orsk.' }).ok, true);
  // (`extract`, the path every command takes, gives the same miss with its reason, for a record and a page dump.)
  const paywall =
    'Sorry, this zipcode is not in our deliverable area for this subscription service.\nRe-enter zip code or sign up for digital access.\nGet digital access';
  const record = { title: 'Floats fill the street', text: paywall };
  for (const doc of [
    { input: 'p.json', id: 'p', kind: 'record' as const, content: JSON.stringify(record), record },
    { input: 'p.txt', id: 'p', kind: 'text' as const, content: paywall },
  ]) {
    const r = extract(doc);
    assert.equal(r.ok, false, doc.kind);
    if (!r.ok) assert.match(r.reason, /only page furniture/);
  }
});

test('the API body schema and the record reader accept exactly the same text fields', () => {
  for (const field of RECORD_TEXT_FIELDS) {
    const record = { [field]: 'The council of Orsk met on Monday and approved the plan for the valley.' };
    assert.equal(readRecord(record).ok, true, `reader refuses ${field}`);
    assert.equal(AddArticleBody.safeParse(record).success, true, `API refuses ${field}`);
  }
  for (const field of ['summary', 'description', 'markup']) {
    const record = { [field]: 'The council of Orsk met on Monday and approved the plan for the valley.' };
    assert.equal(readRecord(record).ok, false, `reader reads ${field}`);
    assert.equal(AddArticleBody.safeParse(record).success, false, `API accepts ${field}`);
  }
  const page = extract({
    input: 'r.jsonl#1',
    id: 'r',
    kind: 'record',
    content: '',
    record: {
      html: '<html><body><article><p>The council of Orsk met on Monday.</p></article></body></html>',
    },
  });
  assert.ok(page.ok && page.article.text.includes('The council of Orsk met on Monday.'));
});
