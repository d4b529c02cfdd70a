/**
 * @module server/pages
 * The web UI: a page listing the stories (with a search box) and a page per story showing its brief,
 * rendered by the synthesis stage's HTML renderer. Plain server-rendered HTML, no scripts; every piece
 * of stored text is escaped.
 */
import { escapeHtml, renderHtml } from '../synthesize/index.js';
import type { StoryDetail, StorySummary } from './service.js';

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d232a}' +
  'li{margin:.5rem 0}.meta{color:#5b6570;font-size:.9rem}input{font:inherit;padding:.3rem .5rem;width:20rem}';

/** The story list: newest first, each with its outlets, linking to its brief. */
export function storiesPage(stories: readonly StorySummary[], q: string): string {
  const items = stories.map(
    (s) =>
      `<li><a href="/stories/${encodeURIComponent(s.id)}">${escapeHtml(s.title)}</a><br><span class="meta">${s.articles} article${s.articles === 1 ? '' : 's'} from ${escapeHtml(s.outlets.join(', '))}, updated ${escapeHtml(s.updated)}</span></li>`,
  );
  const empty = '<p class="meta">No stories yet: run <code>corroborate ingest</code>.</p>';
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'self'">` +
    `<title>Corroborate: stories</title><style>${STYLE}</style></head><body><h1>Stories</h1>` +
    `<form action="/" method="get"><input name="q" value="${escapeHtml(q)}" placeholder="Search stories" aria-label="Search stories"></form>` +
    `${items.length > 0 ? `<ul>${items.join('')}</ul>` : empty}</body></html>\n`
  );
}

/** The other stories of the story's storyline, as a short list of links (empty when it has none). */
function storylineNav(story: StoryDetail): string {
  if (story.storyline === null) return '';
  const items = story.storyline.stories.map((s) => {
    const day = s.first === null ? '' : `<span class="meta">${escapeHtml(s.first.slice(0, 10))}</span> `;
    const name = escapeHtml(s.title);
    const link =
      s.id === story.id
        ? `<strong>${name}</strong>`
        : `<a href="/stories/${encodeURIComponent(s.id)}">${name}</a>`;
    return `<li>${day}${link}</li>`;
  });
  return `<nav aria-label="Storyline"><p class="meta">On the same storyline:</p><ul>${items.join('')}</ul></nav>`;
}

/** A story's brief as a standalone page, with a way back to the list and its storyline. */
export function storyPage(story: StoryDetail): string {
  const nav = `<p><a href="/">← Stories</a></p>${storylineNav(story)}`;
  if (story.brief === null) {
    return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(story.title)}</title><style>${STYLE}</style></head><body>${nav}<h1>${escapeHtml(story.title)}</h1><p class="meta">The brief is being written.</p></body></html>\n`;
  }
  return renderHtml(story.brief).replace('<body>', `<body>${nav}`);
}
