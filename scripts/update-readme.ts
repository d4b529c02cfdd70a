/**
 * @module scripts/update-readme
 * Puts an abridged brief of the bundled example into the README, between its `brief` markers, so the
 * README shows what the command really prints: `npm run readme`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.js';
import { readInputs } from '../src/input/index.js';
import { briefStory, renderMarkdown } from '../src/synthesize/index.js';
import type { Article } from '../src/types.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const articles: Article[] = [];
for await (const item of readInputs([`${root}examples/harbour-accord`])) {
  if (!item.ok) continue;
  const result = extract({
    ...item.doc,
    input: item.doc.input.replace(root, ''),
    id: item.doc.id.replace(root, ''),
  });
  if (result.ok) articles.push(result.article);
}
/** Keep each section's first lines: enough to show its shape without the whole brief. */
const LINES_PER_SECTION = 4;
const lines = renderMarkdown(briefStory(articles)).split('\n');
const out: string[] = [];
let inSection = 0;
for (const line of lines) {
  if (line.startsWith('#')) inSection = 0;
  else if (line.trim() !== '') inSection += 1;
  if (inSection <= LINES_PER_SECTION || line.startsWith('#'))
    out.push(line.length > 180 ? `${line.slice(0, 177)}...` : line);
  else if (inSection === LINES_PER_SECTION + 1) out.push('...');
}
const readme = readFileSync(`${root}README.md`, 'utf8');
const start = '<!-- brief:start -->';
const end = '<!-- brief:end -->';
writeFileSync(
  `${root}README.md`,
  `${readme.slice(0, readme.indexOf(start) + start.length)}\n${out.join('\n').trim()}\n${readme.slice(readme.indexOf(end))}`,
);
console.log('README.md: example brief updated');
