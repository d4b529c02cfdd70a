/**
 * @module cli/io
 * What a command reads and writes, injected so tests run commands in-process without a subprocess.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => Promise<Uint8Array>;
  /** True when standard error is a terminal (progress bars and colours go there). */
  readonly interactive: boolean;
}

let pipesWatched = false;

/**
 * When whoever reads our output goes away (`corroborate cluster ... | head`), writing fails with EPIPE:
 * the output is no longer wanted, so the process exits quietly (status 0) instead of dying on an
 * unhandled error. Any other write error is reported on whichever stream still works, with status 1.
 */
function exitQuietlyOnClosedPipes(): void {
  if (pipesWatched) return;
  pipesWatched = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
      const other = stream === process.stdout ? process.stderr : process.stdout;
      if (other.writable) other.write(`corroborate: cannot write output: ${error.message}\n`);
      process.exit(1);
    });
  }
}

/** The process's own streams. */
export function processIo(): CliIo {
  exitQuietlyOnClosedPipes();
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    interactive: Boolean(process.stderr.isTTY),
  };
}

/** A command's context data: its streams and the exit code it sets. */
export interface CommandData {
  readonly io: CliIo;
  exitCode: number;
}
