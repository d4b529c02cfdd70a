/**
 * @module cli/commands/brief
 * `corroborate brief [--format md|json|html] [--verify] INPUT...`: all inputs as one story, one brief.
 */
import { defineCommand } from 'citty';
import { briefStory, renderHtml, renderMarkdown, verifyBrief } from '../../synthesize/index.js';
import { failure } from '../errors.js';
import type { CommandData } from '../io.js';
import { choiceOf, INPUTS_ARG, inputsOf, loadArticles } from '../load-articles.js';

const FORMATS = ['md', 'json', 'html'] as const;

export default defineCommand({
  meta: { name: 'brief', description: 'Cross-check all inputs as one story and print its cited brief' },
  args: {
    format: {
      type: 'string',
      description:
        'Output format: md (terminal Markdown), json (the Brief contract) or html (a standalone page)',
      default: 'md',
    },
    verify: {
      type: 'boolean',
      description: 'Check that every citation is text its source really carries; exit 1 if not',
      default: false,
    },
    inputs: INPUTS_ARG,
  },
  async run({ args, data }) {
    const context = data as CommandData;
    const { io } = context;
    const format = choiceOf(args.format, FORMATS);
    const inputs = inputsOf(args);
    const { articles } = await loadArticles(inputs, io);
    if (articles.length === 0) throw failure('no input could be read as an article');
    const brief = briefStory(articles);
    if (args.verify) {
      const problems = verifyBrief(brief, articles);
      for (const p of problems) io.stderr(`corroborate: verify: ${p.where}: ${p.problem}\n`);
      if (problems.length > 0) context.exitCode = 1;
      else io.stderr(`corroborate: verify: all citations found verbatim in their sources\n`);
    }
    if (format === 'json') io.stdout(`${JSON.stringify(brief, null, 2)}\n`);
    else if (format === 'html') io.stdout(renderHtml(brief));
    else io.stdout(renderMarkdown(brief));
  },
});
