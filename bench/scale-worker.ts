/**
 * @module bench/scale-worker
 * One `corroborate worker` process for the scale benchmark: `scale-worker.ts DB CONCURRENCY [fake]`
 * (with `fake`, the test's stand-in pipeline: for fault rounds, where the pipeline's cost is not measured).
 */

import { main } from '../src/cli/main.js';

const [db = '', concurrency = '2', pipeline = 'real', lease] = process.argv.slice(2);
const context =
  pipeline === 'fake'
    ? { pipeline: async () => (await import('../test/ingest/fixtures/fake-pipeline.js')).fakePipeline() }
    : {};
const { processIo } = await import('../src/cli/io.js');
const io = processIo();
const { default: worker } = await import('../src/cli/commands/worker.js');
const { runCommand } = await import('citty');
void main;
await runCommand(worker, {
  rawArgs: ['--db', db, '--concurrency', concurrency, ...(lease ? ['--lease', lease] : [])],
  data: { io, exitCode: 0, ...context },
});
process.exit(0);
