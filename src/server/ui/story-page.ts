/**
 * @module server/ui/story-page
 * A story's page. What only a cross-check can tell comes first: at a glance how many outlets and
 * independent origins report it and how many disagreements there are, the summary, where outlets
 * disagree and the figures compared; then the facts by support, quotes side by side, naming, the
 * timeline, each outlet's coverage with links to the originals, and the storyline.
 */
import type { Brief } from '../../types.js';
import type { StoryDetail } from '../service.js';
import { articlesSection, coverageSection } from './coverage-section.js';
import { disagreementsSection, merged } from './disagreements-section.js';
import { factsSection } from './facts-section.js';
import { figuresSection } from './figures-section.js';
import { count, formatRange, formatTime } from './format.js';
import { storyHeadline } from './headline.js';
import { type Html, html, join } from './html.js';
import { layout } from './layout.js';
import { namingSection } from './naming-section.js';
import { quotesSection } from './quotes-section.js';
import { storyView } from './story-view.js';
import { storylineSection } from './storyline-section.js';
import { summarySection } from './summary-section.js';
import { timelineSection } from './timeline-section.js';

/** The place most of the outlets name, if any. */
function placeOf(brief: Brief): string | null {
  const places = brief.entities.filter((e) => e.type === 'place');
  places.sort((a, b) => b.sources.length - a.sources.length);
  const top = places[0];
  return top !== undefined && top.sources.length > 1 ? top.name : null;
}

/** The story's news dates, or its sources' publication dates when the story has none. */
function newsRange(story: StoryDetail): string | null {
  if (story.first !== null || story.last !== null) return formatRange(story.first, story.last);
  const dates = (story.brief?.sources ?? []).map((s) => s.published).filter((d): d is string => d !== null);
  dates.sort();
  return formatRange(dates[0] ?? null, dates.at(-1) ?? null);
}

function header(story: StoryDetail, headline: string, place: string | null): Html {
  const range = newsRange(story);
  const updated = formatTime(story.updated);
  const meta = [range, place, updated ? `Updated ${updated}` : null].filter((p): p is string => p !== null);
  return html`<p class="crumbs"><a href="/">← All stories</a></p><h1 dir="auto">${headline}</h1>${
    meta.length > 0 ? html`<p class="meta">${join(meta, ' · ')}</p>` : ''
  }`;
}

function glance(brief: Brief): Html {
  const disagreements = merged(brief.contradictions).length;
  const outlets = new Set(brief.sources.map((s) => s.outlet ?? s.id)).size;
  const origins = new Set(brief.sources.map((s) => s.origin)).size;
  const items: Html[] = [
    html`<div><dt>${outlets === 1 ? 'outlet' : 'outlets'}</dt><dd>${outlets}</dd></div>`,
    html`<div><dt>independent ${origins === 1 ? 'origin' : 'origins'}</dt><dd>${origins}</dd></div>`,
    html`<div><dt><a href="#disagreements">${disagreements === 1 ? 'disagreement' : 'disagreements'}</a></dt><dd>${disagreements}</dd></div>`,
  ];
  if (brief.quantities.length > 0)
    items.push(
      html`<div><dt><a href="#figures">${brief.quantities.length === 1 ? 'figure compared' : 'figures compared'}</a></dt><dd>${brief.quantities.length}</dd></div>`,
    );
  return html`<dl class="glance" aria-label="At a glance">${items}</dl>`;
}

/** Links to the sections the page has, by their heading ids. */
function contents(present: readonly (readonly [string, string])[]): Html {
  return html`<nav aria-label="On this page"><ul class="toc">${present.map(
    ([id, name]) => html`<li><a href="#${id}">${name}</a></li>`,
  )}</ul></nav>`;
}

export function storyPage(story: StoryDetail): string {
  const brief = story.brief;
  if (brief === null) {
    const headline = storyHeadline([story.title], story.outlets, null);
    return layout(
      { title: headline },
      html`${header(story, headline, null)}<p class="lede">${count(story.articles.length, 'article')}. The cross-check of this story is being written: here is its coverage so far.</p>${articlesSection(
        story.articles,
      )}${storylineSection(story)}`,
    );
  }
  const headline = storyHeadline(
    [brief.headline, story.title],
    story.outlets,
    brief.summary[0]?.text ?? null,
  );
  const view = storyView(story, brief);
  // Order matters: the first section made owns a sentence, later ones link to it. Disagreements own
  // theirs (their sides are read next to each other); a summary sentence one outlet disputes links there.
  const disagreements = disagreementsSection(view);
  const made: [string, string, Html | null][] = [
    ['summary', 'Summary', summarySection(view)],
    ['disagreements', 'Disagreements', disagreements],
    ['figures', 'Figures', figuresSection(view)],
    ['facts', 'Facts', factsSection(view)],
    ['quotes', 'Quotes', quotesSection(view)],
    ['naming', 'Naming', namingSection(view)],
    ['timeline', 'Timeline', timelineSection(view)],
    ['coverage', 'Coverage', coverageSection(view)],
    ['storyline', 'Storyline', storylineSection(story)],
  ];
  const present = made.filter(([, , section]) => section !== null);
  const sections = present.map(([, , section]) => section);
  return layout(
    { title: headline, description: brief.summary[0]?.text ?? headline },
    html`<article>${header(story, headline, placeOf(brief))}${glance(brief)}${contents(present.map(([id, name]) => [id, name] as const))}${sections}</article>`,
  );
}
