/**
 * @module test/golden/run-case
 * Runs the whole pipeline on one golden case folder (`<case>/inputs/`) and gives the output that
 * `<case>/expected.json` holds: each document's extraction and the brief of them all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import { readInputs } from '../../src/input/index.js';
import { briefStory } from '../../src/synthesize/index.js';
import type { Article, Brief } from '../../src/types.js';

export interface CaseOutput {
  readonly documents: readonly (Omit<Article, 'text' | 'input'> | { id: string; error: string })[];
  readonly brief: Brief;
}

export interface GoldenCase {
  readonly name: string;
  /** The case folder: `truth.json` and `expected.json` live here. */
  readonly dir: string;
  /** The folder of input documents: `<case>/inputs`, or the folder `case.json` names (an example's). */
  readonly inputs: string;
}

/** Every golden case: each folder of `test/golden/` with an `inputs/` folder or a `case.json`. */
export function goldenCases(root: string): GoldenCase[] {
  const base = join(root, 'test/golden');
  const cases: GoldenCase[] = [];
  for (const entry of readdirSync(base, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const dir = join(base, entry.name);
    if (existsSync(join(dir, 'inputs'))) cases.push({ name: entry.name, dir, inputs: join(dir, 'inputs') });
    else if (existsSync(join(dir, 'case.json'))) {
      const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { inputs: string };
      cases.push({ name: entry.name, dir, inputs: join(root, spec.inputs) });
    }
  }
  return cases;
}

/** Runs a case; ids and inputs are made relative to the case folder so output is the same anywhere. */
export async function runCase(golden: GoldenCase): Promise<{ output: CaseOutput; articles: Article[] }> {
  const articles: Article[] = [];
  const documents: CaseOutput['documents'][number][] = [];
  const inputs = golden.inputs;
  for await (const item of readInputs([inputs])) {
    if (!item.ok) {
      documents.push({ id: relative(item.input, inputs), error: item.reason });
      continue;
    }
    const doc = item.doc;
    const result = extract({ ...doc, input: relative(doc.input, inputs), id: doc.id === doc.input ? relative(doc.id, inputs) : doc.id });
    if (!result.ok) {
      documents.push({ id: result.id, error: result.reason });
      continue;
    }
    articles.push(result.article);
    const { text: _text, input: _input, ...rest } = result.article;
    documents.push(rest);
  }
  return { output: { documents, brief: briefStory(articles) }, articles };
}

function relative(path: string, base: string): string {
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}
