/**
 * @module bench/report
 * Shared by the benchmark scripts: timing with medians, and writing a section of docs/benchmarks.md
 * between its `<!-- section:NAME:start -->` and `<!-- section:NAME:end -->` markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `runs` times after `warmup` runs and gives each run's milliseconds. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}

/** A line naming the machine and the date, for the top of a section. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, Node ${process.version}.`;
}

export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Replaces the content between a section's markers in docs/benchmarks.md. */
export function writeSection(name: string, content: string): void {
  const path = new URL('../docs/benchmarks.md', import.meta.url);
  const doc = readFileSync(path, 'utf8');
  const start = `<!-- section:${name}:start -->`;
  const end = `<!-- section:${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`docs/benchmarks.md has no markers for section ${name}`);
  writeFileSync(path, `${doc.slice(0, from + start.length)}\n${content.trim()}\n${doc.slice(to)}`);
}
