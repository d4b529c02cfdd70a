/**
 * @module cli/commands/cluster
 * `corroborate cluster [--format json|jsonl] [--by story|storyline] INPUT...`: documents grouped into
 * stories (events, not topics), with the syndicated copies in each story collapsed into origins; or the
 * stories grouped into storylines (an ongoing affair of several dated happenings).
 */
import { defineCommand } from 'citty';
import { clusterDocuments, groupStorylines } from '../../cluster/index.js';
import { failure } from '../errors.js';
import type { CommandData } from '../io.js';
import { choiceOf, INPUTS_ARG, inputsOf, loadArticles } from '../load-articles.js';

const FORMATS = ['json', 'jsonl'] as const;
const LEVELS = ['story', 'storyline'] as const;
/** Why ten years: beyond it a date is a typo or a placeholder (2999), not a report. */
const CORPUS_FUTURE_MS = 10 * 365.25 * 86_400_000;

export default defineCommand({
  meta: {
    name: 'cluster',
    description: 'Group documents into stories and collapse syndicated copies into origins',
  },
  args: {
    format: {
      type: 'string',
      description: 'Output format: json ({"stories": [...]}) or jsonl (one story a line)',
      default: 'json',
    },
    by: {
      type: 'string',
      description: 'Group by story (one event; default) or storyline (linked stories of one affair)',
      default: 'story',
    },
    inputs: INPUTS_ARG,
  },
  async run({ args, data }) {
    const { io } = data as CommandData;
    const format = choiceOf(args.format, FORMATS);
    const level = choiceOf(args.by, LEVELS, 'by');
    const inputs = inputsOf(args);
    const { articles } = await loadArticles(inputs, io);
    if (articles.length === 0) throw failure('no input could be read as an article');
    // A corpus on disk may be an archive or a set of invented test events dated ahead of today: only
    // dates beyond any plausible corpus count as absurd here (a live feed keeps the strict clock).
    const { stories, skipped } = await clusterDocuments(articles, {
      now: () => Date.now() + CORPUS_FUTURE_MS,
    });
    for (const s of skipped) io.stderr(`corroborate: ${s.id}: skipped: ${s.reason}\n`);
    const key = level === 'story' ? 'stories' : 'storylines';
    const groups = level === 'story' ? stories : groupStorylines(stories);
    if (format === 'jsonl') for (const group of groups) io.stdout(`${JSON.stringify(group)}\n`);
    else io.stdout(`${JSON.stringify({ [key]: groups }, null, 2)}\n`);
  },
});
