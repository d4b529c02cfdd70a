/**
 * @module extract/template/site-template
 * An outlet's template, learnt from its pages: lines that recur across several pages of one site
 * (menus, footers, promos, legal lines) are its chrome, whatever their wording. Pure functions: the
 * template is a plain value that the caller keeps (the CLI for one run, the store across runs) and
 * hands to the text cleaner as a hint; the cleaner's step `strip-site-template` drops its lines.
 *
 * @example
 * let template = emptyTemplate('orsk.example');
 * for (const page of pages) template = learnPage(template, page);
 * cleanText(next, { template });
 */
import type { SiteTemplate } from '../../types.js';
import { hostOf } from '../metadata/outlet-name.js';

/** Lines longer than this are never template lines: prose that long is the page's own. */
const MAX_LINE_CHARS = 240;
/** Distinct lines a template keeps (the most frequent): bounds its size in the store. */
const MAX_LINES = 2000;
/** A line is chrome once it has been seen on this many pages... */
const MIN_PAGES = 2;
/** ...and on at least this share of the pages learnt. */
const MIN_SHARE = 0.2;

/** A template that has learnt nothing yet. */
export function emptyTemplate(site: string): SiteTemplate {
  return { site, pages: 0, lines: {} };
}

/** A line's comparison key: lower case, digits as 0, white space, bullets and invisible characters gone. */
export function templateKey(line: string): string {
  return line
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/^[\s•▪◦●►■▶·‣⁃]+/u, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/\d/g, '0');
}

/** The site a document belongs to: its URL's host without `www.`, else null. */
export const siteOf = hostOf;

/** The template after learning one more page (a text dump: one block a line). */
export function learnPage(template: SiteTemplate, page: string): SiteTemplate {
  const seen = new Set<string>();
  for (const line of page.split('\n')) {
    if (line.length > MAX_LINE_CHARS) continue;
    const key = templateKey(line);
    if (key.length >= 2) seen.add(key);
  }
  const lines: Record<string, number> = { ...template.lines };
  for (const key of seen) lines[key] = (lines[key] ?? 0) + 1;
  let entries = Object.entries(lines);
  if (entries.length > MAX_LINES) {
    entries = entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_LINES);
    return { site: template.site, pages: template.pages + 1, lines: Object.fromEntries(entries) };
  }
  return { site: template.site, pages: template.pages + 1, lines };
}

/** The template after learning several pages. */
export function learnPages(template: SiteTemplate, pages: readonly string[]): SiteTemplate {
  return pages.reduce(learnPage, template);
}

/** The keys of the lines the template holds as chrome. */
export function chromeKeys(template: SiteTemplate): Set<string> {
  const needed = Math.max(MIN_PAGES, Math.ceil(template.pages * MIN_SHARE));
  const out = new Set<string>();
  for (const [key, pages] of Object.entries(template.lines)) if (pages >= needed) out.add(key);
  return out;
}
