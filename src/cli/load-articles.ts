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

import { usageError } from './errors.js';

/** The positional INPUT argument, the same for every command that reads documents. */
export const INPUTS_ARG = {
  type: 'positional',
  description: 'Files (.txt, .html, .json, .jsonl), folders, or - for standard input',
  required: false,
} as const;

/** The positional inputs of a command; a usage error when there are none. */
export function inputsOf(args: { _: string[] }): string[] {
  const inputs = args._.filter((a) => a !== '');
  if (inputs.length === 0)
    throw usageError('give at least one INPUT (a file, a folder, or - for standard input)');
  return inputs;
}

/** The value of a choice flag (`--format` unless named) when it is one of `choices`; a usage error naming them when not. */
export function choiceOf<const C extends string>(value: string, choices: readonly C[], flag = 'format'): C {
  if (!(choices as readonly string[]).includes(value))
    throw usageError(`--${flag} must be one of ${choices.join(', ')}, not "${value}"`);
  return value as C;
}
