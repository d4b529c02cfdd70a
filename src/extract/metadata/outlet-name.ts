/**
 * @module extract/metadata/outlet-name
 * The outlet's name as readers know it, the one reader every extractor uses: the caller's hint, the
 * table of major outlets by the page's domain, the name the page declares (`og:site_name`, JSON-LD
 * `publisher`), its logo line (`Example Times header logo`), feedback line (`Share with us your
 * feedback on ET's products`) or copyright line (`Copyright © 2026 Example Media.`), and last the
 * URL's domain. Never a file name: no clue at all is null, which readers see as "unknown outlet".
 */
import { outletForAlias, outletForHost } from './outlets.js';

const LOGO_RE = /^(.{2,60}?)\s+(?:(?:header|footer|site|main|brand)\s+)?logo$/i;
const FEEDBACK_RE =
  /\bfeedback on (?:the )?([\p{Lu}][\p{L}\d&.' -]{0,40}?)(?:['’]s)?\s+(?:products|services|website|site|app)\b/u;
const COPYRIGHT_RE =
  /(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright))*\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([\p{Lu}][\p{L}\d&.' -]{1,60}?)(?:\.|,|\s+all rights\b|$)/iu;

/**
 * What marks a site's copyright line, in the languages pages come in: `©`, `(c) 2026`, a line opening
 * with `Copyright`, or the rights reserved (`All rights reserved`, `Alle Rechte vorbehalten`, `Tous
 * droits réservés`, `Todos los derechos reservados`). Every extractor drops a short line so marked as
 * chrome (each with its own bound on what short is) and reads the outlet's name from it.
 */
export const COPYRIGHT_MARK_RE =
  /©|\(c\) \d{4}|^copyright\b|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b/i;

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

/** The host of a URL without `www.` (lower case, as URLs give hosts), or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The outlet a URL names: its domain's name in the table of major outlets, else the domain without
 * `www.` (`https://www.example.com/a` -> `example.com`).
 */
export function outletFromUrl(url: string | null | undefined): string | null {
  const host = hostOf(url);
  return host === null ? null : (outletForHost(host) ?? host);
}

const DOMAIN_LABEL_RE = /^[a-z0-9-]+$/i;
const TOP_LEVEL_RE = /^[a-z]{2,}$/i;

/**
 * Whether a name is only a domain (`Straitstimes.com`, `www.example.org`): two or more labels of
 * letters, digits and hyphens between dots, the last of letters only. Read label by label.
 */
function isDomainName(name: string): boolean {
  const labels = name.split('.');
  return (
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL_RE.test(label)) &&
    TOP_LEVEL_RE.test(labels.at(-1)!)
  );
}

/**
 * A name as readers know it: a bare domain becomes its outlet's name (`Straitstimes.com` -> `The
 * Straits Times`) or loses its `www.`, a short self-name its full name (`BT` -> `The Business Times`).
 */
export function outletDisplayName(name: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (isDomainName(clean)) {
    const host = clean.toLowerCase().replace(/^www\d?\./, '');
    return outletForHost(host) ?? host;
  }
  return outletForAlias(clean) ?? clean;
}

/** A site name's tagline after a dash or bar (`Zpravy.example - Co je dnes nového`). */
const TAGLINE_RE = /\s+[-–—|:]\s+.*$/u;

/** A declared site name worth showing, without its tagline: a name, not a URL or a sentence. */
function usableName(name: string | null | undefined): string | null {
  let clean = name?.trim().replace(/\s+/g, ' ');
  if (!clean) return null;
  // A site name given as its address names the site by its host.
  if (/^https?:\/\//i.test(clean)) return hostOf(clean);
  const head = clean.replace(TAGLINE_RE, '');
  if (head.length >= 2) clean = head;
  return clean.length < 2 || clean.length > 80 ? null : clean;
}

/** What the extractors found that may name the outlet, strongest first within each kind. */
export interface OutletEvidence {
  /** The caller's outlet (a record's `outlet`, `source` or `source_domain`). */
  readonly hint?: string | null | undefined;
  /** Names the page declares (`og:site_name`, JSON-LD `publisher`, a title's site suffix), strongest first. */
  readonly declared?: readonly (string | null | undefined)[];
  /** Chrome lines of the page (its masthead, footer): logo, feedback and copyright lines are read. */
  readonly lines?: readonly string[];
  /** The page's URL. */
  readonly url?: string | null | undefined;
}

const CLUE_ORDER: readonly OutletClue[] = ['logo', 'feedback', 'copyright'];

/**
 * The outlet's name from everything the extractors found: the hint (a bare domain counts as the
 * address), the outlet table by the address's domain, a declared name, the page's own logo, feedback
 * or copyright line, the domain; null when nothing names it.
 */
export function readOutlet(evidence: OutletEvidence): string | null {
  const hint = usableName(evidence.hint);
  // A hint that is only a domain (a crawler's `source_domain`) counts as the page's address.
  const hintDomain = hint !== null && isDomainName(hint) ? hint.toLowerCase().replace(/^www\d?\./, '') : null;
  if (hint !== null && hintDomain === null) return outletDisplayName(hint);
  const host = hostOf(evidence.url) ?? hintDomain;
  const known = host === null ? null : outletForHost(host);
  if (known) return known;
  for (const name of evidence.declared ?? []) {
    const usable = usableName(name);
    if (usable) return outletDisplayName(usable);
  }
  const found: { name: string; clue: OutletClue }[] = [];
  for (const line of evidence.lines ?? []) {
    const clue = readOutletLine(line);
    if (clue) found.push(clue);
  }
  for (const clue of CLUE_ORDER) {
    const hit = found.find((f) => f.clue === clue);
    if (hit) return outletDisplayName(hit.name);
  }
  return host;
}
