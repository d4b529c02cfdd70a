/**
 * @module cli/commands/extract
 * `corroborate extract [--format jsonl|json|text] INPUT...`: each document's body and metadata.
 */
import { defineCommand } from 'citty';
import type { Article } from '../../types.js';
import type { CommandData } from '../io.js';
import { choiceOf, extractInputs, INPUTS_ARG, inputsOf } from '../load-articles.js';

const FORMATS = ['jsonl', 'json', 'text'] as const;

export default defineCommand({
  meta: {
    name: 'extract',
    description: 'Extract each document’s body and metadata (title, date, outlet, credits, …)',
  },
  args: {
    format: {
      type: 'string',
      description: 'Output format: jsonl (one record a line), json (an array) or text',
      default: 'jsonl',
    },
    inputs: INPUTS_ARG,
  },
  async run({ args, data }) {
    const { io } = data as CommandData;
    const format = choiceOf(args.format, FORMATS);
    const inputs = inputsOf(args);
    let failed = 0;
    let ok = 0;
    if (format === 'json') io.stdout('[');
    for await (const result of extractInputs(inputs, io)) {
      if (!result.ok) {
        failed += 1;
        io.stderr(`corroborate: ${result.input}: ${result.reason}\n`);
        continue;
      }
      const record = toRecord(result.article);
      if (format === 'jsonl') io.stdout(`${JSON.stringify(record)}\n`);
      else if (format === 'json') io.stdout(`${ok > 0 ? ',' : ''}\n${JSON.stringify(record, null, 2)}`);
      else io.stdout(renderText(result.article));
      ok += 1;
    }
    if (format === 'json') io.stdout('\n]\n');
    // Exit 1 when nothing could be read; partial success still exits 0 with the failures on stderr.
    if (ok === 0 && failed > 0) (data as CommandData).exitCode = 1;
  },
});

/** The extract contract: field order as documented. */
export function toRecord(a: Article): Record<string, unknown> {
  return {
    input: a.input,
    id: a.id,
    url: a.url,
    title: a.title,
    published: a.published,
    outlet: a.outlet,
    byline: a.byline,
    credits: a.credits,
    dateline: a.dateline,
    language: a.language,
    paragraphs: a.paragraphs,
    captions: a.captions,
    removed: a.removed,
    text: a.text,
  };
}

function renderText(a: Article): string {
  const head = [
    `== ${a.input}`,
    `title: ${a.title ?? '-'}`,
    `published: ${a.published ?? '-'}   outlet: ${a.outlet ?? '-'}   byline: ${a.byline ?? '-'}`,
    `credits: ${a.credits.join(', ') || '-'}   dateline: ${a.dateline ?? '-'}   language: ${a.language ?? '-'}`,
    '',
  ];
  const body = a.paragraphs.map((p) =>
    p.kind === 'heading' ? `## ${p.text}` : p.kind === 'standfirst' ? `> ${p.text}` : p.text,
  );
  const captions = a.captions.map((c) => `[caption] ${c.text}${c.credit ? ` (${c.credit})` : ''}`);
  const removed = a.removed.map(
    (r) => `[removed: ${r.reason}] ${r.text.length > 100 ? `${r.text.slice(0, 99)}…` : r.text}`,
  );
  return [...head, ...body.flatMap((b) => [b, '']), ...captions, ...removed, '', ''].join('\n');
}
