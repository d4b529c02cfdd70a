/**
 * @module bench/cluster/stream-run
 * One synthetic stream placed in a process of its own, for the scale part of `npm run bench:cluster`.
 * The parent forks this module and sends one `StreamRunRequest`; the run places its warm-up stream, then
 * the measured one, and at each checkpoint reports the CPU spent placing so far and waits until told to go
 * on (the parent measures a baseline meanwhile, with this process idle). At the end it reports its figures
 * and exits.
 */

import { fileURLToPath } from 'node:url';
import { createClusterer } from '../../src/cluster/index.js';
import { bcubed, labelsOf, pairwise, type Scores } from './metrics.js';
import { type SyntheticDoc, syntheticDocs } from './synthetic-news.js';

export interface StreamRunRequest {
  readonly documents: number;
  readonly seed: number;
  /** Placed before the measured stream, by another clusterer, so the JIT is warm when measuring starts. */
  readonly warmup: { readonly documents: number; readonly seed: number };
  /** Counts of placed documents (multiples of `BATCH`) at which to report and wait. */
  readonly checkpoints: readonly number[];
}

export interface RunFigures {
  readonly documents: number;
  readonly wallMs: number;
  /** CPU (user + system, every thread of the process) spent placing the measured stream. */
  readonly cpuMs: number;
  readonly peakRss: number;
  readonly peakHeap: number;
  /** Heap in use after a full collection once every document is placed: what the state holds. */
  readonly liveHeap: number;
  readonly stories: number;
  readonly b3: Scores;
  readonly origin: Scores;
}

export type StreamRunMessage =
  | { readonly kind: 'checkpoint'; readonly placed: number; readonly cpuMs: number }
  | { readonly kind: 'done'; readonly figures: RunFigures };

/** Reports generated, then placed, at a time: CPU is read around each batch's placing only. */
export const BATCH = 1_000;

/**
 * The clock of the synthetic runs: after the end of the longest stream (a million reports run from 2031 to
 * 2044), so no report reads as published in the future (which makes it undated).
 */
const STREAM_NOW = () => Date.parse('2100-01-01T00:00:00Z');

/** Reports per synthetic event at most (`syntheticDocs` writes 2-12). */
const REPORTS_PER_EVENT = 13;

/** A synthetic report's event (`e12`) and number within it, read from its id (`e12-3`). */
function slotOfId(id: string): { event: string; slot: number } {
  const dash = id.lastIndexOf('-');
  const event = id.slice(0, dash);
  return { event, slot: Number(event.slice(1)) * REPORTS_PER_EVENT + Number(id.slice(dash + 1)) };
}

/**
 * Places a stream generated as it is read. The truth costs the heap nothing the collector must walk: a
 * report's event is read from its id, and the report a copy copies is kept as its number within the
 * event, in a byte array (a million-entry map or three million strings of the bench's own made every
 * collection while placing slower, and was charged to the clusterer).
 */
async function streamRun(
  documents: number,
  seed: number,
  atCheckpoint: (placed: number, cpuMs: number) => Promise<void> = async () => {},
  checkpoints: ReadonlySet<number> = new Set(),
): Promise<RunFigures> {
  let originOf = new Uint8Array(1 << 16);
  globalThis.gc?.();
  const clusterer = createClusterer({ now: STREAM_NOW });
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  let placingMs = 0;
  let placed = 0;
  let pausedMs = 0;
  const started = performance.now();
  const place = async (batch: readonly SyntheticDoc[]) => {
    const cpu = process.cpuUsage();
    for (const doc of batch) await clusterer.add(doc);
    const used = process.cpuUsage(cpu);
    placingMs += (used.user + used.system) / 1000;
    placed += batch.length;
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    if (checkpoints.has(placed)) {
      const paused = performance.now();
      await atCheckpoint(placed, placingMs);
      pausedMs += performance.now() - paused;
    }
  };
  let batch: SyntheticDoc[] = [];
  for (const doc of syntheticDocs({ documents, seed })) {
    const { event, slot } = slotOfId(doc.id);
    const origin = slotOfId(doc.origin);
    if (event !== doc.event || origin.event !== event) throw new Error(`unexpected synthetic id ${doc.id}`);
    if (slot >= originOf.length) {
      const grown = new Uint8Array(Math.max(slot + 1, originOf.length * 2));
      grown.set(originOf);
      originOf = grown;
    }
    originOf[slot] = origin.slot % REPORTS_PER_EVENT;
    batch.push(doc);
    if (batch.length === BATCH) {
      await place(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await place(batch);
  globalThis.gc?.();
  const liveHeap = process.memoryUsage().heapUsed;
  const stories = await clusterer.stories();
  const wallMs = performance.now() - started - pausedMs;
  const m = process.memoryUsage();
  const originPred = labelsOf(stories.flatMap((s) => s.origins));
  const ids = stories.flatMap((s) => s.members);
  if (ids.length !== documents) throw new Error(`${documents - ids.length} reports in no story`);
  const truth = new Map(ids.map((id) => [id, slotOfId(id).event]));
  const originTruth = new Map(
    ids.map((id) => {
      const { event, slot } = slotOfId(id);
      return [id, `${event}-${originOf[slot]}`];
    }),
  );
  return {
    documents,
    wallMs,
    cpuMs: placingMs,
    peakRss: Math.max(peakRss, m.rss),
    peakHeap: Math.max(peakHeap, m.heapUsed),
    liveHeap,
    stories: stories.length,
    b3: bcubed(labelsOf(stories), truth),
    origin: pairwise(originPred, originTruth),
  };
}

/** Waits for the parent's next message. */
const nextMessage = () => new Promise<unknown>((resolve) => process.once('message', resolve));

// Run only as the forked child: the parent imports this module's types and `BATCH` too.
if (process.send && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const send = (message: StreamRunMessage) =>
    new Promise<void>((resolve, reject) =>
      process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())),
    );
  const request = (await nextMessage()) as StreamRunRequest;
  await streamRun(request.warmup.documents, request.warmup.seed);
  const figures = await streamRun(
    request.documents,
    request.seed,
    async (placed, cpuMs) => {
      await send({ kind: 'checkpoint', placed, cpuMs });
      await nextMessage();
    },
    new Set(request.checkpoints),
  );
  await send({ kind: 'done', figures });
  process.disconnect();
}
