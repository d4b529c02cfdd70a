/**
 * @module extract/text/drop-promos
 * Step `drop-promos`: newsletter and sign-up prompts. Inside the body a prompt is a promotion box
 * (reason `promo`), and takes with it the box's own short heading lines just above it
 * (`NEWSLETTER NAME` / `Your guide to ...`); in the page's header or footer it is chrome. A teaser of
 * another story closed by a `Read more` line of its own goes the same way, as does a post by the outlet's
 * own account embedded in its page.
 */

import { hostOf } from '../metadata/outlet-name.js';
import { PROMPT_RE } from './chrome-patterns.js';
import { endsSentence, promotionReason, remove, type TextState, type Unit, unitWords } from './text-state.js';

/** Cheap test for the words every prompt holds. */
const PROMPT_HINT_RE = /inbox|[Ss]ign up|[Ss]ubscribe|[Nn]ewsletter|[Jj]oin /;

/** Lines above a prompt that can belong to its box: its name and tagline. */
const BOX_LINES = 3;

/** A link alone on its line that opens another story (`Read more`, `Continue reading`). */
const READ_MORE_LINE_RE = /^(?:read more|continue reading|read the full (?:story|article))\W*$/i;
/** An agency's caption opens so (`FILE - This undated image …`): a teaser's picture, under its title. */
const CAPTION_MARK_RE = /^(?:FILE|File)\s*[-–—]\s/;
/** A teaser's title and standfirst are short lines that end no sentence. */
const TEASER_LINE_WORDS = 16;

/**
 * A teaser of another story set inside the body: its title, standfirst and picture's caption, closed
 * by a `Read more` link on its own line (the link itself is already chrome). The lines go as `promo`
 * when there are two or more and one is a title; a paragraph of the story stops the walk.
 */
function dropTeaserAbove(units: readonly Unit[], link: number): void {
  const teaser: Unit[] = [];
  let titles = 0;
  for (let j = link - 1; j >= 0 && teaser.length < BOX_LINES; j--) {
    const above = units[j]!;
    if (above.role === 'removed' && above.text.trim() === '') continue;
    if (above.role !== 'body') break;
    const title = unitWords(above) <= TEASER_LINE_WORDS && !endsSentence(above.text);
    if (!title && !CAPTION_MARK_RE.test(above.text)) break;
    if (title) titles++;
    teaser.push(above);
  }
  // (One short line alone above the link is the story's own subhead, the link a `show more` button.)
  if (titles > 0 && teaser.length >= 2) for (const u of teaser) remove(u, 'promo');
}

/** An embedded post's footer closing its line: `— Jane Roe (@janeroe) December 23, 2017`. */
const EMBED_FOOTER_RE = /[—–]\s?[^()—–]{1,60}\(@(\w{1,30})\)\s+\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}$/u;

/** The site's own name as its account would spell it: `rt` for `https://www.rt.com/news/…`. */
const siteLabel = (url: string | null | undefined): string | null => hostOf(url)?.split('.')[0] ?? null;

/**
 * A post by the outlet's own account embedded in its page (`… (VIDEO) https://t.co/… — RT (@RT_com)
 * September 13, 2017` on rt.com): the outlet promoting its other stories. Posts by anyone else are
 * their words, and stay.
 */
function ownPost(text: string, site: string | null): boolean {
  if (site === null || site.length < 2) return false;
  const handle = EMBED_FOOTER_RE.exec(text)?.[1]?.toLowerCase().replace(/_/g, '');
  return handle !== undefined && (handle === site || handle === `${site}com` || handle === `${site}news`);
}

export function dropPromos(state: TextState): void {
  const units = state.units;
  const reasonAt = promotionReason(units);
  const site = siteLabel(state.hints.url);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.role === 'body' && unit.text.includes('(@') && ownPost(unit.text, site)) {
      remove(unit, reasonAt(i));
      continue;
    }
    if (unit.role === 'removed' && READ_MORE_LINE_RE.test(unit.text.trim()) && reasonAt(i) === 'promo') {
      dropTeaserAbove(units, i);
      continue;
    }
    if (
      unit.role !== 'body' ||
      unitWords(unit) > 45 ||
      !PROMPT_HINT_RE.test(unit.text) ||
      !PROMPT_RE.test(unit.text)
    )
      continue;
    const reason = reasonAt(i);
    remove(unit, reason);
    if (reason !== 'promo') continue;
    for (let j = i - 1, seen = 0; j >= 0 && seen < BOX_LINES; j--) {
      const above = units[j]!;
      if (above.role === 'removed') continue;
      seen++;
      if (above.role !== 'body' || unitWords(above) > 12 || endsSentence(above.text)) break;
      remove(above, reason);
    }
  }
}
