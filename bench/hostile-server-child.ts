/**
 * @module bench/hostile-server-child
 * Processes for the hostile-server benchmark: `serve DB` runs `corroborate serve` (real pipeline, one
 * worker thread) and prints `port N`; `ingest DB FILE...` ingests files with the stand-in pipeline, for
 * the two-writers part (the part measures agreement between writers, not the pipeline's cost).
 */

import { runCommand } from 'citty';
import { processIo } from '../src/cli/io.js';

const [mode = '', db = '', ...rest] = process.argv.slice(2);
const io = processIo();
if (mode === 'serve') {
  const { default: serve } = await import('../src/cli/commands/serve.js');
  await runCommand(serve, {
    rawArgs: ['--db', db, '--port', '0', '--rate-limit', '0', '--workers', '1'],
    data: { io, exitCode: 0, onListening: (port: number) => process.stdout.write(`port ${port}\n`) },
  });
} else {
  const { createIngestor } = await import('../src/ingest/ingest.js');
  const { createFetcher } = await import('../src/ingest/fetcher.js');
  const { openStore } = await import('../src/store/open-store.js');
  const { fakePipeline } = await import('../test/ingest/fixtures/fake-pipeline.js');
  const store = await openStore(db);
  const ingestor = createIngestor({ store, pipeline: fakePipeline(), fetcher: createFetcher() });
  // In slices, so the two writers' placements interleave.
  for (let i = 0; i < rest.length; i += 100) await ingestor.ingest(rest.slice(i, i + 100));
  await store.close();
}
process.exit(0);
