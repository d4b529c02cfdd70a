/**
 * @module synthesize/origins
 * The independent origins of a story: who actually reported each source's text. Steps, in order:
 * `keyBySource` (a source's own origin: the wire agency its credit line names, else its outlet, so one
 * outlet's several articles are one origin), `joinCopies` (near-duplicate texts are one origin, named for
 * the agency any copy credits: a copy without the credit line still joins its wire), `findDigests` (a
 * source that attributes paragraph after paragraph to agencies is those agencies' copy, not a new
 * origin) and `labelOrigins` (the name a reader knows). A sentence that credits another origin ("…, AP
 * reported", "as the New York Times reports") leans on it: `statementOrigin`.
 */
import { findOrigins } from '../cluster/index.js';
import type { Article, Document } from '../types.js';
import { attributedOrigins, outletKeyOfName } from './attribution.js';

export interface OriginAssignment {
  /** Origin id of each source, by source index (`wire:AP`, `outlet:nytimes.com`). */
  readonly originOf: readonly string[];
  /** The name of each origin a reader knows (`AP`, `The New York Times`). */
  readonly label: ReadonlyMap<string, string>;
  /** For a digest of agency copy, every agency it draws on, by source index (empty otherwise). */
  readonly digestOf: readonly (readonly string[])[];
}

/** Sentences attributed to agencies that make a source a digest: at least this many, and this share. */
const DIGEST_MIN_SENTENCES = 3;
const DIGEST_MIN_SHARE = 0.15;

/** The registrable domain of a host: `usa.chinadaily.com.cn` -> `chinadaily.com.cn`. */
export function registrableDomain(host: string): string {
  const parts = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  const last = parts.at(-1) ?? '';
  const secondLevel = last.length === 2 && /^(?:co|com|org|net|gov|ac|edu|ne|or)$/.test(parts.at(-2) ?? '');
  return parts.slice(secondLevel ? -3 : -2).join('.');
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** The agency of a wire's origin key (`wire:AP` -> `AP`), null for any other origin. */
export function wireAgency(key: string): string | null {
  return key.startsWith('wire:') ? key.slice('wire:'.length) : null;
}

/** A label of a domain name (`www`, `straits-times`). */
const DOMAIN_LABEL_RE = /^[\w-]+$/;

/** Whether an outlet is written as a domain name (`straitstimes.com`): two labels or more, dot-separated. */
function isDomainName(outlet: string): boolean {
  const labels = outlet.split('.');
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL_RE.test(label));
}

/** A source's own origin key: its credited agency, else its outlet (by domain, then by name), else itself. */
function keyOfSource(article: Article, index: number): string {
  const credit = article.credits[0];
  if (credit) return `wire:${credit}`;
  const host = hostOf(article.url);
  if (host) return `outlet:${registrableDomain(host)}`;
  if (article.outlet) {
    const known = outletKeyOfName(article.outlet);
    if (known) return known.key;
    if (isDomainName(article.outlet)) return `outlet:${registrableDomain(article.outlet)}`;
    return `outlet:${article.outlet
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ')}`;
  }
  return `source:${index + 1}`;
}

export function assignOrigins(documents: readonly Document[]): OriginAssignment {
  const articles = documents.map((d) => d.article);
  const keys = articles.map((a, i) => keyOfSource(a, i));

  // Digests: a source without a credit line whose sentences keep citing agencies.
  const digestOf: string[][] = articles.map(() => []);
  articles.forEach((article, i) => {
    if (article.credits.length > 0) return;
    const sentences = documents[i]!.analysis.sentences.filter((s) => !s.heading).map((s) => s.text);
    const counts = new Map<string, number>();
    let attributed = 0;
    for (const s of sentences) {
      const agencies = attributedOrigins(s).filter((l) => l.key.startsWith('wire:'));
      if (agencies.length > 0) attributed++;
      for (const a of agencies) counts.set(a.key, (counts.get(a.key) ?? 0) + 1);
    }
    if (attributed < DIGEST_MIN_SENTENCES || attributed < DIGEST_MIN_SHARE * sentences.length) return;
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    digestOf[i] = ranked.map(([key]) => key);
    keys[i] = ranked[0]![0];
  });

  // Copies: near-duplicate texts share one origin, the agency a copy credits where one does.
  const groups = findOrigins(
    articles.map((a, i) => ({
      id: String(i),
      title: a.title,
      text: a.text,
      published: a.published,
      credits: a.credits,
    })),
  );
  for (const group of groups) {
    const members = group.members.map(Number);
    if (members.length < 2) continue;
    const wire = members.map((m) => keys[m]!).find((k) => k.startsWith('wire:'));
    const key = wire ?? keys[Math.min(...members)]!;
    // Every source sharing a member's former key (the outlet's other articles) follows it.
    const former = new Set(members.map((m) => keys[m]!));
    keys.forEach((k, i) => {
      if (former.has(k) && !k.startsWith('wire:')) keys[i] = key;
    });
    for (const m of members) keys[m] = key;
  }

  const label = new Map<string, string>();
  keys.forEach((key, i) => {
    if (label.has(key)) return;
    // No outlet is an unknown outlet, never the file the report was read from.
    label.set(key, wireAgency(key) ?? articles[i]!.outlet ?? 'unknown outlet');
  });
  return { originOf: keys, label, digestOf };
}

/**
 * The origin a source's sentence leans on: an origin it credits in the sentence, else its source's.
 * A digest's sentence that credits none leans on the digest's main agency.
 */
export function statementOrigin(origins: OriginAssignment, source: number, sentence: string): string {
  const credited = attributedOrigins(sentence)[0];
  return credited?.key ?? origins.originOf[source]!;
}
