/**
 * @module test/ingest/queue.case
 * The conformance suite every job queue backend passes: `queueConformance(name, factory)`, the factory
 * giving a fresh empty queue whose leases last `leaseSeconds` and whose retries wait about a second.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JobQueue } from '../../src/ingest/queue/job-queue.js';

const page = (n: number) => ({ url: `https://q.example/${n}`, input: `in-${n}`, hints: null, feed: null });

async function waitFor<T>(what: () => Promise<T | null>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function queueConformance(name: string, factory: (leaseSeconds: number) => Promise<JobQueue>): void {
  describe(`Job queue conformance: ${name}`, () => {
    test('a job is taken once, completes with its output, and says so', async () => {
      const queue = await factory(60);
      const id = await queue.enqueue('fetch-page', page(1));
      assert.equal((await queue.findJob(id))?.state, 'queued');
      const [a, b] = await Promise.all([queue.take(['fetch-page'], 'w1'), queue.take(['fetch-page'], 'w2')]);
      const taken = a ?? b;
      assert.ok(taken && (a === null || b === null), 'one worker gets it');
      assert.equal(taken.id, id);
      assert.deepEqual(taken.payload, page(1));
      assert.equal(taken.attempt, 1);
      assert.equal((await queue.findJob(id))?.state, 'running');
      const output = {
        items: [{ input: 'in-1', status: 'new' as const, id: 'a_1' }],
        next: [],
        skipped: [],
        briefs: [],
      };
      await queue.complete(taken, output);
      const done = await queue.findJob(id);
      assert.equal(done?.state, 'done');
      assert.deepEqual(done?.output, output);
      assert.equal(await queue.take(['fetch-page'], 'w1'), null);
      assert.equal(await queue.findJob('fetch-page.00000000-0000-0000-0000-000000000000'), null);
      assert.equal(await queue.findJob('nonsense'), null);
      await queue.close();
    });

    test('takes tasks in the order asked', async () => {
      const queue = await factory(60);
      await queue.enqueue('write-brief', { story: 's1' });
      await queue.enqueue('fetch-page', page(2));
      assert.equal((await queue.take(['fetch-page', 'write-brief'], 'w'))?.task, 'fetch-page');
      assert.equal((await queue.take(['fetch-page', 'write-brief'], 'w'))?.task, 'write-brief');
      await queue.close();
    });

    test('coalesced tasks wait as one job per key', async () => {
      const queue = await factory(60);
      const ids = await Promise.all(
        Array.from({ length: 50 }, () => queue.enqueue('write-brief', { story: 's1' })),
      );
      assert.equal(new Set(ids).size, 1, 'fifty requests, one waiting job');
      const other = await queue.enqueue('write-brief', { story: 's2' });
      assert.notEqual(other, ids[0]);
      const taken = await queue.take(['write-brief'], 'w');
      assert.ok(taken);
      const afterTaken = await queue.enqueue('write-brief', {
        story: (taken.payload as { story: string }).story,
      });
      assert.notEqual(afterTaken, taken.id, 'a request while it runs waits as the next job');
      assert.equal((await queue.health()).queued, 2);
      await queue.close();
    });

    test('a serial task runs one at a time', async () => {
      const queue = await factory(60);
      const first = await queue.enqueue('place-articles', {});
      const taken = await queue.take(['place-articles'], 'w1');
      assert.equal(taken?.id, first);
      await queue.enqueue('place-articles', {});
      assert.equal(await queue.take(['place-articles'], 'w2'), null, 'not while the first runs');
      await queue.complete(taken!, { items: [], next: [], skipped: [], briefs: [] });
      assert.ok(await queue.take(['place-articles'], 'w2'));
      await queue.close();
    });

    test('a failing job is retried, then parked with its reason', async () => {
      const queue = await factory(60);
      const id = await queue.enqueue('extract-article', {
        document: { input: 'poison', id: 'poison', kind: 'text', text: 'x' },
        hints: null,
        feed: null,
      });
      const info = await queue.findJob(id);
      for (let attempt = 1; attempt <= (info?.maxAttempts ?? 0); attempt++) {
        const taken = await waitFor(() => queue.take(['extract-article'], 'w'), 15_000);
        assert.equal(taken.attempt, attempt);
        await queue.fail(taken, `extract-error: boom ${attempt}`);
        if (attempt < (info?.maxAttempts ?? 0)) assert.equal((await queue.findJob(id))?.state, 'retrying');
      }
      const parked = await queue.findJob(id);
      assert.equal(parked?.state, 'failed');
      assert.equal(parked?.error, `extract-error: boom ${info?.maxAttempts}`);
      const health = await queue.health();
      assert.equal(health.failed, 1);
      assert.deepEqual(
        health.parked.map((p) => [p.id, p.error]),
        [[id, parked?.error]],
      );
      await queue.close();
    });

    test('a job whose worker vanished is taken again after its lease', async () => {
      const queue = await factory(1);
      const id = await queue.enqueue('fetch-page', page(3));
      const lost = await queue.take(['fetch-page'], 'dead-worker');
      assert.equal(lost?.id, id);
      const again = await waitFor(() => queue.take(['fetch-page'], 'live-worker'), 30_000);
      assert.equal(again.id, id);
      assert.equal(again.attempt, 2);
      await queue.complete(again, { items: [], next: [], skipped: [], briefs: [] });
      assert.equal((await queue.findJob(id))?.state, 'done');
      await queue.close();
    });
  });
}
