/**
 * @module server/ui/storyline-section
 * The other stories of the story's storyline (earlier and later happenings of one affair), in order.
 */
import type { StoryDetail } from '../service.js';
import { formatRange } from './format.js';
import { storyHeadline } from './headline.js';
import { type Html, html } from './html.js';
import { storyHref } from './story-row.js';

export function storylineSection(story: StoryDetail): Html | null {
  if (story.storyline === null) return null;
  const items = story.storyline.stories.map((s) => {
    const range = formatRange(s.first, s.last);
    const title = storyHeadline([s.title], [], null);
    const name =
      s.id === story.id
        ? html`<strong aria-current="page">${title}</strong> <span class="meta">(this story)</span>`
        : html`<a href="${storyHref(s.id)}">${title}</a>`;
    return html`<li>${range ? html`<span class="meta">${range}</span> ` : ''}${name}</li>`;
  });
  return html`<section aria-labelledby="storyline"><h2 id="storyline">The storyline</h2><p class="lede">Earlier and later stories of the same affair.</p><ol class="points">${items}</ol></section>`;
}
