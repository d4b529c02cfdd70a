/**
 * @module bench/truth/neus
 * The summary against human neutral summaries: `../shared/data/summaries/neus-val` holds 307 stories,
 * each three outlets' leads (`TITLE=> … ARTICLE=> …`, split on ` [SEP] `) and a neutral summary written
 * by people. Each story's three leads are briefed as one story; the brief's summary (its claims, in
 * order) is scored with ROUGE-1, -2 and -L F1 against the human summary's article part, beside the
 * baseline "the first sentence of each article" scored the same way in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze/index.js';
import { extract } from '../../src/extract/index.js';
import { briefStory } from '../../src/synthesize/index.js';
import { bareName } from '../../src/synthesize/quotes.js';
import type { Analysis, Article } from '../../src/types.js';
import { SHARED_DATA } from './corpus.js';
import { Tally, wholeEntity } from './score.js';
import { quoteFingerprint } from './web.js';

export const NEUS_DIR = join(SHARED_DATA, 'summaries/neus-val');

export interface NeusStory {
  /** Its line in the file (0-based): even lines are the dev stories, odd ones held out. */
  readonly index: number;
  readonly leads: readonly { readonly title: string; readonly text: string }[];
  /** The human summary's article part. */
  readonly reference: string;
}

/**
 * A disagreement between two outlets of a story, annotated by reading the leads (`neus-disagreements.json`,
 * how: bench/truth/README.md): each side an outlet's span of its lead's text (or title), no text kept.
 */
export interface NeusDisagreement {
  readonly story: number;
  readonly kind: string;
  readonly sides: readonly {
    readonly outlet: number;
    readonly title?: boolean;
    readonly start: number;
    readonly end: number;
  }[];
}

/** A truth file kept beside this module, parsed. */
const readTruth = <T>(file: string): T =>
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), file), 'utf8')) as T;

export function loadNeusDisagreements(): NeusDisagreement[] {
  return readTruth<{ disagreements: NeusDisagreement[] }>('neus-disagreements.json').disagreements;
}

function parts(line: string): { title: string; text: string } {
  const m = /TITLE=>\s*([\s\S]*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(line.trim());
  return m ? { title: m[1]!.trim(), text: m[2]!.trim() } : { title: '', text: line.trim() };
}

export function neusAvailable(): boolean {
  return existsSync(join(NEUS_DIR, 'val.source'));
}

export function loadNeus(): NeusStory[] {
  const sources = readFileSync(join(NEUS_DIR, 'val.source'), 'utf8').split('\n');
  const targets = readFileSync(join(NEUS_DIR, 'val.target'), 'utf8').split('\n');
  const out: NeusStory[] = [];
  sources.forEach((line, i) => {
    if (line.trim() === '' || targets[i] === undefined) return;
    out.push({ index: i, leads: line.split(' [SEP] ').map(parts), reference: parts(targets[i]!).text });
  });
  return out;
}

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function ngrams(words: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [k, v] of c) overlap += Math.min(v, r.get(k) ?? 0);
  return f1(overlap, Math.max(candidate.length - n + 1, 0), Math.max(reference.length - n + 1, 0));
}

function rougeL(candidate: readonly string[], reference: readonly string[]): number {
  const m = candidate.length;
  const n = reference.length;
  let prev = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    const row = new Array<number>(n + 1).fill(0);
    for (let j = 1; j <= n; j++)
      row[j] = candidate[i - 1] === reference[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return f1(prev[n]!, m, n);
}

/** ROUGE-1, -2 and -L F1 of a candidate against a reference, in percent. */
export function rouge(candidate: string, reference: string): [number, number, number] {
  const c = tokens(candidate);
  const r = tokens(reference);
  return [rougeN(c, r, 1) * 100, rougeN(c, r, 2) * 100, rougeL(c, r) * 100];
}

/** The first sentence of a lead (its text up to the first full stop followed by a space and a capital). */
function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?]["”’]?(?=\s+["“‘]?[A-Z0-9]|$)/.exec(text.trim());
  return (m ? m[0] : text).trim();
}

/**
 * The three leads as articles, extracted as the CLI reads a crawler record with a title and a text, each
 * with the lead (outlet) it came from.
 */
export function articlesOf(story: NeusStory): { articles: Article[]; outlets: number[] } {
  const articles: Article[] = [];
  const outlets: number[] = [];
  story.leads.forEach((lead, k) => {
    const record = { id: `neus-${story.index}-${k}`, title: lead.title, text: lead.text };
    const r = extract({
      input: `neus/${story.index}/${k}.json`,
      id: record.id,
      kind: 'record',
      content: JSON.stringify(record),
      record,
    });
    if (r.ok) {
      articles.push(r.article);
      outlets.push(k);
    }
  });
  return { articles, outlets };
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Whether a reported contradiction is an annotated disagreement: two of its sides, each an outlet's
 * sentence holding that outlet's annotated span. (A span in a title is never matched: titles are no
 * statements of the brief.)
 */
function matches(
  story: NeusStory,
  outletOf: (source: string) => number | undefined,
  sides: readonly { readonly source: string; readonly text: string }[],
  d: NeusDisagreement,
): boolean {
  const held = d.sides.filter((t) => {
    if (t.title) return false;
    const span = squash(story.leads[t.outlet]?.text.slice(t.start, t.end) ?? '');
    return span !== '' && sides.some((s) => outletOf(s.source) === t.outlet && squash(s.text).includes(span));
  });
  return held.length >= 2;
}

export interface NeusScores {
  readonly stories: number;
  /** Contradictions the briefs report, those that are annotated disagreements, and the disagreements found. */
  readonly contradictions: {
    readonly reported: number;
    readonly right: number;
    readonly disagreements: number;
    readonly found: number;
  };
  readonly brief: [number, number, number];
  readonly firstSentences: [number, number, number];
  /** Leads the briefs name off-topic, of all leads briefed (every lead of a story is about it: each is a false alarm). */
  readonly offTopic: { readonly named: number; readonly leads: number };
  /** Mean words of each summary. */
  readonly briefWords: number;
  readonly baselineWords: number;
}

export function scoreNeus(
  stories: readonly NeusStory[],
  disagreements: readonly NeusDisagreement[] = [],
): NeusScores {
  const sum = { brief: [0, 0, 0], base: [0, 0, 0], bw: 0, fw: 0 };
  const contradictions = { reported: 0, right: 0, disagreements: 0, found: 0 };
  let offTopic = 0;
  let leads = 0;
  for (const story of stories) {
    const { articles, outlets } = articlesOf(story);
    const brief = briefStory(articles);
    const outletOf = (source: string): number | undefined =>
      outlets[brief.sources.findIndex((s) => s.id === source)];
    const annotated = disagreements.filter((d) => d.story === story.index);
    const found = new Set<NeusDisagreement>();
    for (const c of brief.contradictions) {
      contradictions.reported++;
      const hits = annotated.filter((d) => matches(story, outletOf, c.sides, d));
      if (hits.length > 0) contradictions.right++;
      for (const d of hits) found.add(d);
    }
    contradictions.disagreements += annotated.length;
    offTopic += brief.offTopic.length;
    leads += brief.sources.length;
    contradictions.found += found.size;
    const summary = brief.summary
      .filter((s) => s.kind === 'claim')
      .map((s) => s.text)
      .join(' ');
    const baseline = story.leads.map((l) => firstSentence(l.text)).join(' ');
    const a = rouge(summary, story.reference);
    const b = rouge(baseline, story.reference);
    for (let k = 0; k < 3; k++) {
      sum.brief[k]! += a[k]!;
      sum.base[k]! += b[k]!;
    }
    sum.bw += tokens(summary).length;
    sum.fw += tokens(baseline).length;
  }
  const n = Math.max(stories.length, 1);
  const mean = (v: number[]): [number, number, number] => [v[0]! / n, v[1]! / n, v[2]! / n];
  return {
    stories: stories.length,
    contradictions,
    brief: mean(sum.brief),
    firstSentences: mean(sum.base),
    offTopic: { named: offTopic, leads },
    briefWords: sum.bw / n,
    baselineWords: sum.fw / n,
  };
}

/**
 * Speakers of the quotations in NeuS leads (`neus-speakers.json`): the leads of the even-numbered (dev)
 * stories and, judged later, of the odd-numbered (held-out) ones, each quotation the product found judged
 * by helpers (README), known by fingerprints of its words, with its speaker or null. Reported speech is
 * judged too (`reported`).
 */
interface NeusSpeakerTruth {
  readonly story: number;
  readonly lead: number;
  readonly quotes: readonly {
    readonly fp: string;
    readonly head: string;
    readonly speaker: string | null;
    readonly reported?: boolean;
  }[];
}

export interface NeusSpeakerScores {
  readonly leads: number;
  readonly 'quotes located': Tally;
  readonly 'speakers right (knowable)': Tally;
  readonly 'speakers not wrong (all found)': Tally;
}

/**
 * Whether two names of a speaker agree: one holds the other whole, at word boundaries (`House Speaker
 * Nancy Pelosi` and `Nancy Pelosi`; `Border Protection`, the product's cut name when judged right, and
 * `U.S. Customs and Border Protection`).
 */
function sameName(a: string, b: string): boolean {
  const [x, y] = [` ${folded(a)} `, ` ${folded(b)} `];
  return x.includes(y) || y.includes(x);
}

const folded = (name: string): string => name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/**
 * The leads a truth file (`{ leads: [...] }`, one entry per judged lead) judges among `stories`, each
 * lead extracted as the CLI reads it and analysed alone; each story's leads are extracted once.
 */
function* judgedLeads<T extends { readonly story: number; readonly lead: number }>(
  file: string,
  stories: readonly NeusStory[],
): Generator<{ readonly truth: T; readonly analysis: Analysis }> {
  const byStory = new Map(stories.map((story) => [story.index, story]));
  const extracted = new Map<number, ReturnType<typeof articlesOf>>();
  for (const truth of readTruth<{ leads: T[] }>(file).leads) {
    const story = byStory.get(truth.story);
    if (!story) continue;
    let read = extracted.get(story.index);
    if (!read) extracted.set(story.index, (read = articlesOf(story)));
    const article = read.articles[read.outlets.indexOf(truth.lead)];
    if (article) yield { truth, analysis: analyze(article) };
  }
}

/** Scores the product's speakers on every judged lead of `stories`, each lead analysed alone. */
export function scoreNeusSpeakers(stories: readonly NeusStory[]): NeusSpeakerScores {
  const scores = {
    'quotes located': new Tally(),
    'speakers right (knowable)': new Tally(),
    'speakers not wrong (all found)': new Tally(),
  };
  let leads = 0;
  for (const { truth: t, analysis } of judgedLeads<NeusSpeakerTruth>('neus-speakers.json', stories)) {
    leads++;
    const entities = new Map(analysis.entities.map((e) => [e.id, e]));
    const found = analysis.quotes.map((q) => ({ q, ...quoteFingerprint(q.text) }));
    for (const tq of t.quotes) {
      const at = found.find((x) => x.fp === tq.fp) ?? found.find((x) => x.head === tq.head);
      scores['quotes located'].add(
        at !== undefined,
        () => `S${t.story}/${t.lead}: quote ${tq.fp} not located`,
      );
      if (!at) continue;
      const entity = at.q.speaker === null ? undefined : entities.get(at.q.speaker);
      // The speaker as the brief names them, or any name the lead gives them (`Trump`, `Donald Trump`).
      const names = entity
        ? [entity.type === 'person' ? bareName(entity.name) : entity.name, ...entity.aliases]
        : [];
      const same = tq.speaker !== null && names.some((n) => sameName(n, tq.speaker!));
      const words = at.q.text.slice(0, 60);
      const said = entity ? names[0] : 'nobody';
      if (tq.speaker !== null)
        scores['speakers right (knowable)'].add(
          same,
          () => `S${t.story}/${t.lead}: "${words}" is ${tq.speaker}, analysis says ${said}`,
        );
      scores['speakers not wrong (all found)'].add(
        entity === undefined || same,
        () => `S${t.story}/${t.lead}: "${words}" is ${tq.speaker ?? 'unnamed'}, analysis says ${said}`,
      );
    }
  }
  return { ...scores, leads };
}

/**
 * The names in NeuS leads (`neus-names.json`): every name the product found in the leads of the
 * even-numbered (dev) and the odd-numbered (held-out) stories, judged by helpers (README): a name judged
 * right as the product gave it then, a wrong one as the judge corrected it (whole, typed), none for what
 * is no name.
 */
interface NeusNameTruth {
  readonly story: number;
  readonly lead: number;
  readonly entities: readonly {
    readonly name: string;
    readonly type: 'person' | 'organization' | 'place' | 'other';
    readonly forms?: readonly string[];
  }[];
}

/** Scores the product's names on every judged lead of `stories`, each lead analysed alone. */
export function scoreNeusNames(stories: readonly NeusStory[]): { leads: number; names: Tally } {
  const names = new Tally();
  let leads = 0;
  for (const { truth: t, analysis } of judgedLeads<NeusNameTruth>('neus-names.json', stories)) {
    leads++;
    const { entities } = analysis;
    for (const e of t.entities) {
      // As the events' scorer names it (see `wholeEntity`).
      const whole = wholeEntity(entities, e);
      names.add(whole !== undefined && whole.type === e.type, () =>
        whole
          ? `S${t.story}/${t.lead}: ${e.name}: typed ${whole.type}, truth ${e.type}`
          : `S${t.story}/${t.lead}: ${e.name} (${e.type}) missing`,
      );
    }
  }
  return { leads, names };
}
