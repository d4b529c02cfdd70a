import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type InputItem, readInputs } from '../../src/input/index.js';

async function collect(inputs: string[], stdin = ''): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, { stdin: async () => new TextEncoder().encode(stdin) }))
    items.push(item);
  return items;
}

test('a folder is walked recursively in name order, JSON arrays and JSONL lines become records', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-inputs-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b.txt'), 'Some text.');
  writeFileSync(
    join(dir, 'a.json'),
    JSON.stringify([{ url: 'https://x.example/1', text: 'One.' }, { text: 'Two.' }]),
  );
  writeFileSync(
    join(dir, 'sub', 'c.jsonl'),
    '{"id": "c1", "text": "Three."}\nnot json\n\n{"text": "Four."}\n',
  );
  writeFileSync(join(dir, 'ignored.png'), 'x');
  const items = await collect([dir]);
  const ok = items.filter((i) => i.ok).map((i) => (i.ok ? [i.doc.kind, i.doc.id] : []));
  assert.deepEqual(ok, [
    ['record', 'https://x.example/1'],
    ['record', `${join(dir, 'a.json')}#2`],
    ['text', join(dir, 'b.txt')],
    ['record', 'c1'],
    ['record', `${join(dir, 'sub', 'c.jsonl')}#4`],
  ]);
  const bad = items.filter((i) => !i.ok);
  assert.equal(bad.length, 1);
  assert.match(bad[0]!.ok ? '' : bad[0]!.reason, /invalid JSON on line 2/);
});

test('a missing file is reported and the other inputs go on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-inputs-'));
  writeFileSync(join(dir, 'ok.txt'), 'Body text.');
  const items = await collect([join(dir, 'missing.txt'), join(dir, 'ok.txt')]);
  assert.equal(items.length, 2);
  assert.deepEqual(items[0], {
    ok: false,
    input: join(dir, 'missing.txt'),
    reason: 'no such file or folder',
  });
  assert.equal(items[1]!.ok, true);
});

test('standard input is sniffed: JSON, HTML or text', async () => {
  const [json] = await collect(['-'], '{"title": "T", "text": "Body."}');
  assert.equal(json!.ok && json!.doc.kind, 'record');
  const [html] = await collect(['-'], '<!doctype html><html><body><p>Hi</p></body></html>');
  assert.equal(html!.ok && html!.doc.kind, 'html');
  const [text] = await collect(['-'], 'Plain words.');
  assert.equal(text!.ok && text!.doc.kind, 'text');
});

test('a JSON record that is not an object is reported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-inputs-'));
  writeFileSync(join(dir, 'list.json'), '[1, {"text": "ok"}]');
  const items = await collect([join(dir, 'list.json')]);
  assert.equal(items[0]!.ok, false);
  assert.equal(items[1]!.ok, true);
});
