/**
 * @module cluster/storylines
 * Stories (events) grouped by the storyline the clusterer linked them into: an ongoing affair of several
 * dated happenings (a breach and its later disclosures, a country's successive missile tests).
 */

import type { Story, Storyline } from '../types.js';

/**
 * The storylines of a set of stories, in the order of their earliest story. A story without a storyline
 * is a storyline of its own. The title is that of the storyline's largest story (the earliest on a tie).
 *
 * @example const lines = groupStorylines(clusterDocuments(articles).stories);
 */
export function groupStorylines(stories: readonly Story[]): Storyline[] {
  const groups = new Map<string, Story[]>();
  for (const story of stories) {
    const id = story.storyline ?? story.id;
    const group = groups.get(id);
    if (group) group.push(story);
    else groups.set(id, [story]);
  }
  return [...groups].map(([id, group]) => {
    let main = group[0]!;
    for (const story of group) if (story.members.length > main.members.length) main = story;
    const firsts = group.map((s) => s.first).filter((d): d is string => d !== null);
    const lasts = group.map((s) => s.last).filter((d): d is string => d !== null);
    return {
      id,
      title: main.title,
      stories: group.map((s) => s.id),
      members: group.flatMap((s) => s.members),
      origins: group.flatMap((s) => s.origins),
      first: firsts.length === 0 ? null : firsts.reduce((a, b) => (b < a ? b : a)),
      last: lasts.length === 0 ? null : lasts.reduce((a, b) => (b > a ? b : a)),
    };
  });
}
