/**
 * @module ingest/write-brief
 * Step: a story -> its brief, from the members it has now. A brief already based on these members is
 * kept; one computed while the story changed again stays stale (it records the members it read), so
 * the next request writes it again. A synthesis that throws keeps the previous brief.
 */

import { storySignature } from '../store/store.js';
import type { BriefOutcome, Task, TaskContext } from './tasks.js';

export async function briefStory(story: string, context: TaskContext): Promise<BriefOutcome> {
  const { store, pipeline } = context;
  const stored = await store.findStory(story);
  if (!stored) return 'gone';
  const signature = storySignature(stored.members);
  if ((await store.findBrief(story))?.signature === signature) return 'fresh';
  const articles = (await store.findArticles(stored.members)).map((a) => a.article);
  let brief: ReturnType<typeof pipeline.brief>;
  try {
    brief = pipeline.brief(articles);
  } catch {
    return 'failed';
  }
  try {
    await store.saveBrief(story, brief, signature);
  } catch (error) {
    // Merged away while the brief was written: nothing to attach it to.
    if ((error as { code?: string }).code === 'unknown-story') return 'gone';
    throw error;
  }
  return 'written';
}

export const writeBrief: Task<'write-brief'> = async ({ story }, context) => {
  context.briefed(story, await briefStory(story, context));
};
