/**
 * @module server/ui/timeline-section
 * The story's own days as a vertical list, one day a row (nothing is laid on an axis, so no label can
 * overlap another and a phone reads it as well as a desktop). Dates outside the story's window, from a
 * week before its first report to a day after its last, are background: folded below, with dates that
 * name only a month or a year.
 */

import { groupBy } from '../../multimap.js';
import type { TimelineEntry } from '../../types.js';
import { foldAfter } from './fold.js';
import { count, dayNumber, formatDay } from './format.js';
import { type Html, html } from './html.js';
import { refLink, type StoryView, sourceChips } from './story-view.js';

const DAYS_BEFORE = 7;
const DAYS_AFTER = 1;
const STORY_SHOWN = 40;
/** Dated sentences shown before the remaining days are folded. */
const ENTRIES_OPEN = 10;
const BACKGROUND_SHOWN = 20;

/** The story's window in days since 1970, from its news dates or its sources' dates. */
function windowOf(view: StoryView): [number, number] | null {
  const days = [view.story.first, view.story.last, ...view.brief.sources.map((s) => s.published)]
    .map(dayNumber)
    .filter((d): d is number => d !== null);
  if (days.length === 0) return null;
  return [Math.min(...days) - DAYS_BEFORE, Math.max(...days) + DAYS_AFTER];
}

function entryLine(view: StoryView, entry: TimelineEntry, anchor: string): Html {
  const text = entry.text.replace(/\s+/g, ' ').trim();
  const earlier = view.once.claim(text, anchor);
  const body = earlier === null ? html`${text}` : refLink(earlier, text);
  return html`<li id="${anchor}" dir="auto">${body} ${sourceChips(view, entry.sources)}</li>`;
}

function dayList(view: StoryView, entries: readonly TimelineEntry[], prefix: string): Html {
  const byDate = groupBy(
    [...entries].sort((a, b) => a.date.localeCompare(b.date)),
    (e) => e.date,
  );
  let n = 0;
  const rows = [...byDate].map(
    ([date, list]) =>
      html`<li><time datetime="${date}">${formatDay(date)}</time><ul>${list.map((e) => entryLine(view, e, `${prefix}-${++n}`))}</ul></li>`,
  );
  // Days stay open until about ENTRIES_OPEN dated sentences are shown (at least one day).
  const sizes = [...byDate.values()].map((list) => list.length);
  let open = 0;
  for (
    let shown = 0;
    open < sizes.length && (open === 0 || shown + (sizes[open] ?? 0) <= ENTRIES_OPEN);
    open++
  )
    shown += sizes[open] ?? 0;
  return foldAfter(rows, open, ['day', 'days'], (run) => html`<ol class="timeline">${run}</ol>`);
}

export function timelineSection(view: StoryView): Html | null {
  const entries = view.brief.timeline;
  if (entries.length === 0) return null;
  const window = windowOf(view);
  const own: TimelineEntry[] = [];
  const background: TimelineEntry[] = [];
  for (const e of entries) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? dayNumber(e.date) : null;
    const inside = window === null ? true : day !== null && day >= window[0] && day <= window[1];
    (inside ? own : background).push(e);
  }
  const ownShown = own.slice(0, STORY_SHOWN);
  const backShown = background.slice(0, BACKGROUND_SHOWN);
  const hidden = own.length - ownShown.length + background.length - backShown.length;
  return html`<section aria-labelledby="timeline"><h2 id="timeline">Timeline</h2>${
    ownShown.length > 0
      ? dayList(view, ownShown, 'day')
      : html`<p>The outlets date nothing within the days of this story.</p>`
  }${
    backShown.length > 0
      ? html`<details><summary>Background: ${count(background.length, 'earlier or later date')}</summary>${dayList(view, backShown, 'bg')}</details>`
      : ''
  }${hidden > 0 ? html`<p class="meta">${count(hidden, 'more dated sentence')} not shown.</p>` : ''}</section>`;
}
