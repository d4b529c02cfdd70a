/**
 * @module test/golden/run-case
 * Runs the whole pipeline on one golden case folder (`<case>/inputs/`) and gives the output that
 * `<case>/expected.json` holds: each document's extraction and the brief of them all.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import { readInputs } from '../../src/input/index.js';
import { briefStory } from '../../src/synthesize/index.js';
import type { Article, Brief } from '../../src/types.js';

export interface CaseOutput {
  readonly documents: readonly (Omit<Article, 'text' | 'input'> | { id: string; error: string })[];
  readonly brief: Brief;
}

/** Every golden case folder: `test/golden/<case>` and `examples/<name>`, each with an `inputs/` folder. */
export function goldenCases(root: string): { name: string; dir: string }[] {
  const cases: { name: string; dir: string }[] = [];
  for (const parent of ['examples', 'test/golden']) {
    const base = join(root, parent);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && existsSync(join(base, entry.name, 'inputs'))) cases.push({ name: `${parent}/${entry.name}`, dir: join(base, entry.name) });
    }
  }
  return cases;
}

/** Runs a case; ids and inputs are made relative to the case folder so output is the same anywhere. */
export async function runCase(dir: string): Promise<{ output: CaseOutput; articles: Article[] }> {
  const articles: Article[] = [];
  const documents: CaseOutput['documents'][number][] = [];
  const inputs = join(dir, 'inputs');
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
