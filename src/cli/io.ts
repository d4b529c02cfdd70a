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

/** The process's own streams. */
export function processIo(): CliIo {
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
