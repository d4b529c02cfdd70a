/**
 * @module cli/main
 * The `corroborate` command: parses the subcommand, runs it with injected streams, and maps the
 * outcome to an exit code (0 success, 1 failure, 2 misuse). Subcommands load lazily.
 */
import { readFileSync } from 'node:fs';
import { type CommandDef, defineCommand, renderUsage, runCommand } from 'citty';
import { StoreError } from '../store/store.js';
import { CliError } from './errors.js';
import { type CliIo, type CommandData, processIo } from './io.js';

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Subcommands, loaded on first use so `--help` and `--version` start fast. */
const commands: Record<string, () => Promise<CommandDef>> = {
  extract: async () => (await import('./commands/extract.js')).default as unknown as CommandDef,
  brief: async () => (await import('./commands/brief.js')).default as unknown as CommandDef,
  cluster: async () => (await import('./commands/cluster.js')).default as unknown as CommandDef,
  ingest: async () => (await import('./commands/ingest.js')).default as unknown as CommandDef,
  watch: async () => (await import('./commands/watch.js')).default as unknown as CommandDef,
  serve: async () => (await import('./commands/serve.js')).default as unknown as CommandDef,
  worker: async () => (await import('./commands/worker.js')).default as unknown as CommandDef,
  status: async () => (await import('./commands/status.js')).default as unknown as CommandDef,
};

const root = defineCommand({
  meta: {
    name: 'corroborate',
    version,
    description: 'Turn many news reports of the same events into one cross-checked, cited account',
  },
  subCommands: Object.fromEntries(Object.entries(commands).map(([name, load]) => [name, load])),
});

/**
 * Runs the CLI with `argv` (without the node and script paths) and returns the exit code.
 * @example process.exitCode = await main(['brief', 'examples/harbour-accord']);
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${await renderUsage(root)}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const load = commands[name];
  if (load === undefined) {
    io.stderr(`corroborate: unknown command "${name}"\n\n${await renderUsage(root)}\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${await renderUsage(command, root)}\n`);
    return 0;
  }
  const data: CommandData = { io, exitCode: 0 };
  try {
    await runCommand(command, { rawArgs: [...rest], data });
    return data.exitCode;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`corroborate ${name}: ${error.message}\n`);
      if (error.code === 'usage') {
        io.stderr(`\n${await renderUsage(command, root)}\n`);
        return 2;
      }
      return 1;
    }
    // A database that cannot be opened, reached or migrated: its message names the problem.
    if (error instanceof StoreError) {
      io.stderr(`corroborate ${name}: ${error.message}\n`);
      return 1;
    }
    // citty's own argument errors are misuse too.
    if ((error as { code?: string }).code?.startsWith('E_')) {
      io.stderr(`corroborate ${name}: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr(`corroborate ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
