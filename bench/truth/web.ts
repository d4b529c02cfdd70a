/**
 * @module bench/truth/web
 * Speakers and names on web pages the project was never tuned on: news pages of trafilatura-eval
 * (`../shared/data/extraction/trafilatura-eval`) and of Mozilla Readability's tests
 * (`../shared/data/extraction/readability-pages`), each extracted from its HTML by the product and
 * analysed alone. A truth file (`web/<page>.json`) holds no publisher text: each quotation is known by a
 * fingerprint of its words (and of its first six words, so a quotation the product cuts a little
 * differently is still found), with its speaker's name; the names are values. Pages are split into dev
 * and held-out by name, as the events are.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/index.js';
import { extract } from '../../src/extract/index.js';
import { bareName } from '../../src/synthesize/quotes.js';
import type { Analysis } from '../../src/types.js';
import { SHARED_DATA, splitOf } from './corpus.js';
import { sameSpeakerName, Tally, wholeEntity } from './score.js';

export const WEB_PAGES_DIR = join(SHARED_DATA, 'extraction/trafilatura-eval');
const TRUTH_DIR = fileURLToPath(new URL('./web/', import.meta.url));

interface WebQuote {
  /** Fingerprint of the quotation's words (`quoteFingerprint`), and of its first six words. */
  readonly fp: string;
  readonly head: string;
  /** Who said or wrote it, by the fullest name the page gives; null when the page names no one. */
  readonly speaker: string | null;
}

interface WebEntity {
  readonly name: string;
  readonly type: 'person' | 'organization' | 'place' | 'other';
  readonly forms?: readonly string[];
}

export interface WebTruth {
  /** The page's file in trafilatura-eval (`eval/` or `cache/`), or `readability:<case>`. */
  readonly file: string;
  readonly quotes: readonly WebQuote[];
  readonly entities: readonly WebEntity[];
  /**
   * Judged from the product's own output after rules were written from it (the verdicts of the second
   * round of pages; README): dev, whatever its name's split.
   */
  readonly tuned?: boolean;
}

const normal = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const fingerprint = (s: string): string => createHash('sha1').update(normal(s)).digest('hex').slice(0, 12);

/** The fingerprints a quotation is known by: of all its words, and of its first six. */
export function quoteFingerprint(text: string): { fp: string; head: string } {
  return { fp: fingerprint(text), head: fingerprint(normal(text).split(' ').slice(0, 6).join(' ')) };
}

export function webPagesAvailable(): boolean {
  return existsSync(WEB_PAGES_DIR) && existsSync(TRUTH_DIR);
}

export function loadWebTruth(): WebTruth[] {
  if (!existsSync(TRUTH_DIR)) return [];
  return readdirSync(TRUTH_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(TRUTH_DIR, f), 'utf8')) as WebTruth);
}

/** Mozilla Readability's test pages: a page there is named `readability:<case>` in a truth file. */
export const READABILITY_PAGES_DIR = join(SHARED_DATA, 'extraction/readability-pages');
const READABILITY_PREFIX = 'readability:';

/** Where a truth file's page is: trafilatura-eval's `eval/` or `cache/`, or a Readability test case. */
export function pagePath(file: string): string | undefined {
  const candidates = file.startsWith(READABILITY_PREFIX)
    ? [join(READABILITY_PAGES_DIR, file.slice(READABILITY_PREFIX.length), 'source.html')]
    : [join(WEB_PAGES_DIR, 'eval', file), join(WEB_PAGES_DIR, 'cache', file)];
  return candidates.find(existsSync);
}

/** The page as the product reads it: extracted from its HTML, then analysed. */
export function analysePage(file: string): Analysis | null {
  const path = pagePath(file);
  if (!path) return null;
  const result = extract({ input: path, id: file, kind: 'html', content: readFileSync(path) });
  return result.ok ? analyze(result.article) : null;
}

export interface WebScores {
  readonly 'quotes located': Tally;
  readonly 'speakers right (knowable)': Tally;
  readonly 'speakers not wrong (all found)': Tally;
  readonly 'names whole and typed right': Tally;
}

export function scoreWebPage(truth: WebTruth, analysis: Analysis): WebScores {
  const scores: WebScores = {
    'quotes located': new Tally(),
    'speakers right (knowable)': new Tally(),
    'speakers not wrong (all found)': new Tally(),
    'names whole and typed right': new Tally(),
  };
  const entityById = new Map(analysis.entities.map((e) => [e.id, e]));
  const quotes = analysis.quotes
    .filter((q) => q.kind !== 'reported')
    .map((q) => ({ q, ...quoteFingerprint(q.text) }));
  const same = (system: string | null, truthName: string): boolean =>
    sameSpeakerName(system, truthName, truth.entities);
  for (const t of truth.quotes) {
    const found = quotes.find((x) => x.fp === t.fp) ?? quotes.find((x) => x.head === t.head);
    scores['quotes located'].add(found !== undefined, () => `${truth.file}: quote ${t.fp} not located`);
    if (!found) continue;
    // Named as the brief names a speaker: a person without the titles the page wrote into the name.
    const entity = found.q.speaker === null ? undefined : entityById.get(found.q.speaker);
    const speaker =
      entity === undefined ? null : entity.type === 'person' ? bareName(entity.name) : entity.name;
    const words = found.q.text.slice(0, 60);
    if (t.speaker !== null)
      scores['speakers right (knowable)'].add(
        same(speaker, t.speaker),
        () => `${truth.file}: "${words}" is ${t.speaker}, analysis says ${speaker ?? 'nobody'}`,
      );
    const wrong = speaker !== null && (t.speaker === null || !same(speaker, t.speaker));
    scores['speakers not wrong (all found)'].add(
      !wrong,
      () => `${truth.file}: "${words}" is ${t.speaker ?? 'unnamed'}, analysis says ${speaker}`,
    );
  }
  for (const e of truth.entities) {
    // As the events' scorer names it (see `wholeEntity`).
    const whole = wholeEntity(analysis.entities, e);
    scores['names whole and typed right'].add(whole !== undefined && whole.type === e.type, () =>
      whole
        ? `${truth.file}: ${e.name}: typed ${whole.type}, truth ${e.type}`
        : `${truth.file}: ${e.name} (${e.type}) missing`,
    );
  }
  return scores;
}

/** Every annotated page of one split, scored and summed. */
export function runWebPages(split: 'dev' | 'test'): { pages: number; scores: WebScores } {
  const total: WebScores = {
    'quotes located': new Tally(),
    'speakers right (knowable)': new Tally(),
    'speakers not wrong (all found)': new Tally(),
    'names whole and typed right': new Tally(),
  };
  let pages = 0;
  for (const truth of loadWebTruth()) {
    if ((truth.tuned ? 'dev' : splitOf(`web:${truth.file}`)) !== split) continue;
    const analysis = analysePage(truth.file);
    if (!analysis) continue;
    pages++;
    const s = scoreWebPage(truth, analysis);
    for (const k of Object.keys(total) as (keyof WebScores)[]) total[k].merge(s[k]);
  }
  return { pages, scores: total };
}
