/**
 * @module server/ui/headline
 * A headline a reader can scan: of the candidate titles (the brief's headline, then the story's), the
 * first that is a headline, with a leading dateline (`BEIJING : `, `LISK (Reuters) - `) and trailing
 * site names (` - Hawaii News Now - KGMB and KHNL`) taken off. A title that is only a site's name
 * (`ABC News`, `World news - RT International`) or a lede cut mid-sentence is passed over; when none
 * is left, the story's first summary sentence stands in, cut at a word.
 */
import { clip } from './format.js';
import { outletName } from './outlet-name.js';

const DATELINE_RE = /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:\s*\([^)]{1,30}\))?\s*[:—–-]\s+(?=[\p{Lu}\d“"‘'])/u;
const SEPARATOR_RE = /\s+[|–—-]\s+/;
/** Words that make a short segment a site or section name rather than news. */
const SITE_WORDS_RE =
  /\b(?:news|times|post|herald|journal|daily|tribune|gazette|international|online|home|homepage|latest|breaking|live|tv|radio|channel|media|world|politics|business|sport|sports|opinion)\b/i;
const MAX_HEADLINE = 160;

const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function isSiteName(segment: string, outlets: ReadonlySet<string>): boolean {
  const norm = normal(segment);
  if (norm === '' || outlets.has(norm)) return true;
  const words = norm.split(' ').length;
  if (words <= 4 && SITE_WORDS_RE.test(segment)) return true;
  // Call signs and acronyms: `KGMB and KHNL`, `ABC`.
  return words <= 4 && /^\p{Lu}{2,6}(?:\s+(?:and|&)\s+\p{Lu}{2,6})*$/u.test(segment.trim());
}

/** The candidate as a headline, or null when it is not one. */
function asHeadline(candidate: string, outlets: ReadonlySet<string>): string | null {
  let text = candidate.replace(/\s+/g, ' ').trim().replace(DATELINE_RE, '');
  const segments = text.split(SEPARATOR_RE);
  while (segments.length > 1 && isSiteName(segments.at(-1) ?? '', outlets)) segments.pop();
  text = segments.join(' - ');
  if (isSiteName(text, outlets) || normal(text).split(' ').length < 2) return null;
  if (/[,:;]$|\s(?:and|or|the|a|of|to|in)$/i.test(text)) return null;
  return clip(text.replace(/\s*(?:\.\.\.|…)$/, '…'), MAX_HEADLINE);
}

/** The text without a leading dateline (`LISK (Reuters) - `). */
export function withoutDateline(text: string): string {
  return text.replace(DATELINE_RE, '');
}

/**
 * The headline to show for a story.
 * @param candidates titles, best first (nulls skipped)
 * @param outlets the story's outlet names, as stored (a title equal to one is a site name)
 * @param gist the story's first summary sentence, the last resort
 */
export function storyHeadline(
  candidates: readonly (string | null | undefined)[],
  outlets: readonly string[],
  gist: string | null,
): string {
  const names = new Set<string>();
  for (const outlet of outlets) {
    names.add(normal(outlet));
    const shown = outletName(outlet);
    if (shown !== null) names.add(normal(shown));
  }
  for (const candidate of candidates) {
    const headline = candidate ? asHeadline(candidate, names) : null;
    if (headline !== null) return headline;
  }
  if (gist) return clip(gist.replace(DATELINE_RE, ''), 110);
  const any = candidates.find((c) => c?.trim());
  return any ? clip(any, MAX_HEADLINE) : 'Untitled story';
}
