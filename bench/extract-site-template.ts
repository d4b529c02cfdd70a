/**
 * @module bench/extract-site-template
 * How much a learnt site template adds on real pages. readability-pages holds a few sites with several
 * pages (their `og:url` or canonical link names the host); for each such page, the template is learnt
 * from the site's other pages (their text dumps), and the page's dump is cleaned with and without it.
 * A dump line is body when Readability's expected text holds it (a line of four words or more anywhere
 * in it, a shorter one as a line of its own); the others are chrome, and "recurring chrome" is the
 * chrome that also appears on another page of the site: what a template can learn.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../src/extract/charset/decode.js';
import { emptyTemplate, learnPages, templateKey } from '../src/extract/template/site-template.js';
import { cleanText } from '../src/extract/text/clean-text.js';
import { pageAsText } from './extract-dump.js';
import { htmlToText } from './extract-metric.js';

/** A site needs this many pages to be measured: each page learns from the others. */
const MIN_SITE_PAGES = 3;

export interface SiteTemplateFigures {
  /** Sites measured, with their page counts. */
  readonly sites: readonly { readonly site: string; readonly pages: number }[];
  /** Chrome lines of the measured pages that also appear on another page of their site. */
  readonly recurringChrome: number;
  /** Of those, removed when the page is cleaned with the template / without it. */
  readonly removedWith: number;
  readonly removedWithout: number;
  /** Body lines of the measured pages. */
  readonly bodyLines: number;
  /** Body lines kept without the template and lost with it (a line that became the title is not lost). */
  readonly bodyLost: readonly { readonly page: string; readonly line: string }[];
}

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

function hostOf(html: string): string | null {
  const found = /(?:og:url"?\s+content|rel="?canonical"?\s+href)="https?:\/\/([^/"]+)/i.exec(html);
  return found ? found[1]!.toLowerCase().replace(/^www\d?\./, '') : null;
}

interface Page {
  readonly name: string;
  readonly dump: string;
  readonly gold: string;
  readonly goldLines: Set<string>;
}

function isBody(page: Page, line: string): boolean {
  return line.split(' ').length >= 4 ? page.gold.includes(line) : page.goldLines.has(line);
}

/** Leave-one-out over the sites of readability-pages with at least three pages. */
export function measureSiteTemplates(folder: string): SiteTemplateFigures {
  const bySite = new Map<string, string[]>();
  for (const name of readdirSync(folder).sort()) {
    const site = hostOf(readFileSync(join(folder, name, 'source.html'), 'latin1'));
    if (site) bySite.set(site, [...(bySite.get(site) ?? []), name]);
  }
  const sites: { site: string; pages: number }[] = [];
  let recurringChrome = 0;
  let removedWith = 0;
  let removedWithout = 0;
  let bodyLines = 0;
  const bodyLost: { page: string; line: string }[] = [];
  for (const [site, names] of bySite) {
    if (names.length < MIN_SITE_PAGES) continue;
    sites.push({ site, pages: names.length });
    const pages: Page[] = names.map((name) => {
      const gold = htmlToText(readFileSync(join(folder, name, 'expected.html'), 'utf8'));
      return {
        name,
        dump: pageAsText(decodeHtml(readFileSync(join(folder, name, 'source.html'))).text),
        gold: normal(gold),
        goldLines: new Set(gold.split('\n').map(normal)),
      };
    });
    for (const page of pages) {
      const others = pages.filter((other) => other !== page);
      const template = learnPages(
        emptyTemplate(site),
        others.map((other) => other.dump),
      );
      const elsewhere = new Set(others.flatMap((other) => other.dump.split('\n').map(templateKey)));
      const without = new Set(cleanText(page.dump).text.split('\n').map(normal));
      const cleaned = cleanText(page.dump, { template });
      const kept = new Set(cleaned.text.split('\n').map(normal));
      const title = normal(cleaned.title ?? '');
      for (const raw of page.dump.split('\n')) {
        const line = normal(raw);
        if (line.length < 2) continue;
        if (isBody(page, line)) {
          bodyLines += 1;
          if (without.has(line) && !kept.has(line) && line !== title)
            bodyLost.push({ page: page.name, line });
          continue;
        }
        if (!elsewhere.has(templateKey(raw))) continue;
        recurringChrome += 1;
        if (!kept.has(line)) removedWith += 1;
        if (!without.has(line)) removedWithout += 1;
      }
    }
  }
  return { sites, recurringChrome, removedWith, removedWithout, bodyLines, bodyLost };
}
