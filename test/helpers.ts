/**
 * @module test/helpers
 * Shared test helpers: running the CLI in-process, and finding `../shared` when it exists.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
export const fixture = (path: string): string =>
  fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));

/** `../shared` beside the repository, or null on a machine that does not have it. */
export const sharedDir: string | null = (() => {
  const path = fileURLToPath(new URL('../../shared/', import.meta.url));
  return existsSync(path) ? path : null;
})();

/** A `skip` option for tests that need `../shared/<sub>`: false when present, else why it is skipped. */
export function needsShared(sub: string): false | string {
  return sharedDir !== null && existsSync(`${sharedDir}${sub}`)
    ? false
    : `needs ../shared/${sub}, absent on this machine`;
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with the given arguments and standard input. */
export async function runCli(argv: readonly string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: async () => new TextEncoder().encode(stdin),
    interactive: false,
  });
  return { code, stdout, stderr };
}
