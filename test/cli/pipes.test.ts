import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { repoRoot } from '../helpers.js';

/** Runs the CLI in a child process whose stdout reader has already gone, as `... | head` leaves it. */
function runWithClosedStdout(argv: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const script = `import { main } from './src/cli/main.ts'; process.exitCode = await main(${JSON.stringify(argv)});`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

for (const argv of [
  ['cluster', 'examples/harbour-accord'],
  ['extract', 'examples/harbour-accord'],
  ['--help'],
]) {
  test(`writing to a closed pipe exits quietly: ${argv.join(' ')}`, async () => {
    const { code, stderr } = await runWithClosedStdout(argv);
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
}
