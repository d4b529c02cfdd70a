/**
 * @module cli/load-articles
 * Reads and extracts every input, reporting each one that fails on standard error and going on.
 */
import { extract } from '../extract/index.js';
import { readInputs } from '../input/index.js';
import type { Article, ExtractResult } from '../types.js';
import type { CliIo } from './io.js';

export interface Loaded {
  readonly articles: Article[];
  readonly failed: number;
}

/** Yields each input's extraction result in order (a streaming reader for large folders). */
export async function* extractInputs(inputs: readonly string[], io: CliIo): AsyncGenerator<ExtractResult> {
  for await (const item of readInputs(inputs, { stdin: io.stdin })) {
    if (!item.ok) {
      yield { ok: false, input: item.input, id: item.input, reason: item.reason };
      continue;
    }
    yield extract(item.doc);
  }
}

/** Extracts all inputs into memory; failures are reported as `corroborate: INPUT: reason`. */
export async function loadArticles(inputs: readonly string[], io: CliIo): Promise<Loaded> {
  const articles: Article[] = [];
  let failed = 0;
  for await (const result of extractInputs(inputs, io)) {
    if (result.ok) articles.push(result.article);
    else {
      failed += 1;
      io.stderr(`corroborate: ${result.input}: ${result.reason}\n`);
    }
  }
  return { articles, failed };
}

/** The positional inputs of a command, or a usage error when there are none. */
export function inputsOf(args: { _: string[] }): string[] {
  return args._.filter((a) => a !== '');
}
