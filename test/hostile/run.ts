/**
 * @module test/hostile/run
 * Runs one hostile input through the pipeline - extract, analyse, and the brief of a story of two
 * reports of it - and measures each stage in CPU milliseconds of this process (other work on a shared
 * machine does not count). Shared by the hostile suite and `npm run bench:hostile`.
 */
import { analyze } from '../../src/analyze/index.js';
import { extract } from '../../src/extract/index.js';
import { synthesize } from '../../src/synthesize/index.js';
import type { RawDocument } from '../../src/types.js';

export interface StageTimes {
  readonly extract: number;
  readonly analyse: number;
  readonly brief: number;
  readonly total: number;
  /** The extracted article's length, or why there was none. */
  readonly outcome: string;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Runs the document through every stage; throws only when a stage throws (a bug the suite reports). */
export function runStages(doc: RawDocument): StageTimes {
  let start = cpuMs();
  const result = extract(doc);
  const extractMs = cpuMs() - start;
  if (!result.ok)
    return { extract: extractMs, analyse: 0, brief: 0, total: extractMs, outcome: result.reason };
  start = cpuMs();
  const analysis = analyze(result.article);
  const analyseMs = cpuMs() - start;
  start = cpuMs();
  const copy = { ...result.article, id: `${result.article.id}-copy`, outlet: 'another outlet' };
  const brief = synthesize([
    { article: result.article, analysis },
    { article: copy, analysis },
  ]);
  const briefMs = cpuMs() - start;
  void brief;
  return {
    extract: extractMs,
    analyse: analyseMs,
    brief: briefMs,
    total: extractMs + analyseMs + briefMs,
    outcome: `${result.article.text.length} chars`,
  };
}

/** The median of `runs` runs of `make()` through every stage (by total time). */
export function medianRun(make: () => RawDocument, runs: number): StageTimes {
  const times: StageTimes[] = [];
  for (let i = 0; i < runs; i++) times.push(runStages(make()));
  times.sort((a, b) => a.total - b.total);
  return times[Math.floor(times.length / 2)]!;
}
