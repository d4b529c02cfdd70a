/**
 * @module extract/metadata/outlet-name
 * The outlet a page names itself by: its logo line (`Example Times header logo`), its feedback or
 * newsletter line (`Share with us your feedback on ET's products`), its copyright line
 * (`Copyright © 2026 Example Media. All rights reserved.`), or its URL's domain.
 */

const LOGO_RE = /^(.{2,60}?)\s+(?:(?:header|footer|site|main|brand)\s+)?logo$/i;
const FEEDBACK_RE =
  /\bfeedback on (?:the )?([\p{Lu}][\p{L}\d&.' -]{0,40}?)(?:['’]s)?\s+(?:products|services|website|site|app)\b/u;
const COPYRIGHT_RE =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([\p{Lu}][\p{L}\d&.' -]{1,60}?)(?:\.|,|\s+all rights\b|$)/iu;

/** Strength of an outlet clue: a logo names the outlet, a copyright line often its parent company. */
export type OutletClue = 'logo' | 'feedback' | 'copyright';

/** Legal forms and years after an outlet's name in legal lines: "Meridian Post Sdn Bhd", "Evening Post Ltd 2031". */
const COMPANY_SUFFIX =
  /(?:,?\s+(?:Sdn\.?\s*Bhd\.?|Pte\.?|Ltd\.?|Limited|Inc\.?|LLC|plc|PLC|Co\.?|Corp\.?|GmbH|AG|S\.A\.|\d{4}))+$/;

/** An outlet's name without the company form a copyright line adds; the line as it is if nothing is left. */
export function cleanOutletName(name: string): string {
  const clean = name.trim().replace(COMPANY_SUFFIX, '').trim();
  return clean.length >= 2 ? clean : name.trim();
}

/** The outlet named by one chrome line, with the kind of clue, or null. */
export function readOutletLine(line: string): { name: string; clue: OutletClue } | null {
  if (line.length > 300) return null;
  const logo = LOGO_RE.exec(line.trim());
  if (logo?.[1]) return { name: logo[1].trim(), clue: 'logo' };
  const feedback = FEEDBACK_RE.exec(line);
  if (feedback?.[1]) return { name: feedback[1].trim(), clue: 'feedback' };
  const copyright = COPYRIGHT_RE.exec(line);
  if (copyright?.[1]) return { name: cleanOutletName(copyright[1]), clue: 'copyright' };
  return null;
}

/** The outlet from a URL: its host without `www.` (`https://www.example.com/a` -> `example.com`). */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./, '');
    return host || null;
  } catch {
    return null;
  }
}
