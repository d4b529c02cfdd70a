import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createFetcher } from '../../src/ingest/fetcher.js';
import { createIngestor } from '../../src/ingest/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { fakePipeline } from '../ingest/fixtures/fake-pipeline.js';

test('a process killed mid-ingest loses nothing it committed, and the next run carries on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-crash-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < 200; i++) {
      const path = join(dir, `item-${i}.txt`);
      writeFileSync(
        path,
        `Topic ${i % 7}: bulletin ${i}\nThe council of Mirrow reported item ${i} in detail today.`,
      );
      files.push(path);
    }
    const db = join(dir, 'crash.db');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./fixtures/crash-child.ts', import.meta.url)), db, ...files],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let committed = 0;
    let output = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        committed = output.split('\n').filter((l) => l.startsWith('new ')).length;
        if (committed >= 30 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    assert.ok(!output.includes('finished'), 'the child was killed before it finished');
    const store = openSqliteStore(db);
    const stored = (await store.stats()).articles;
    assert.ok(stored >= committed, `stored ${stored} >= reported ${committed}`);
    assert.ok(stored < 200);
    const summary = await createIngestor({
      store,
      pipeline: fakePipeline(),
      fetcher: createFetcher(),
    }).ingest(files);
    assert.equal(summary.failed, 0);
    assert.equal(summary.duplicate, stored);
    assert.equal(summary.new, 200 - stored);
    const stats = await store.stats();
    assert.equal(stats.articles, 200);
    assert.equal(stats.stories, 7);
    assert.equal(stats.briefs, 7);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
