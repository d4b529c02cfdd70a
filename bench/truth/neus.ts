/**
 * @module bench/truth/neus
 * The summary against human neutral summaries: `../shared/data/summaries/neus-val` holds 307 stories,
 * each three outlets' leads (`TITLE=> … ARTICLE=> …`, split on ` [SEP] `) and a neutral summary written
 * by people. Each story's three leads are briefed as one story; the brief's summary (its claims, in
 * order) is scored with ROUGE-1, -2 and -L F1 against the human summary's article part, beside the
 * baseline "the first sentence of each article" scored the same way in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import { briefStory } from '../../src/synthesize/index.js';
import type { Article } from '../../src/types.js';
import { SHARED_DATA } from './corpus.js';

export const NEUS_DIR = join(SHARED_DATA, 'summaries/neus-val');

export interface NeusStory {
  readonly leads: readonly { readonly title: string; readonly text: string }[];
  /** The human summary's article part. */
  readonly reference: string;
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
    out.push({ leads: line.split(' [SEP] ').map(parts), reference: parts(targets[i]!).text });
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

/** The three leads as articles, extracted as the CLI reads a crawler record with a title and a text. */
function articlesOf(story: NeusStory, index: number): Article[] {
  const out: Article[] = [];
  story.leads.forEach((lead, k) => {
    const record = { id: `neus-${index}-${k}`, title: lead.title, text: lead.text };
    const r = extract({
      input: `neus/${index}/${k}.json`,
      id: record.id,
      kind: 'record',
      content: JSON.stringify(record),
      record,
    });
    if (r.ok) out.push(r.article);
  });
  return out;
}

export interface NeusScores {
  readonly stories: number;
  readonly brief: [number, number, number];
  readonly firstSentences: [number, number, number];
  /** Mean words of each summary. */
  readonly briefWords: number;
  readonly baselineWords: number;
}

export function scoreNeus(stories: readonly NeusStory[]): NeusScores {
  const sum = { brief: [0, 0, 0], base: [0, 0, 0], bw: 0, fw: 0 };
  stories.forEach((story, i) => {
    const brief = briefStory(articlesOf(story, i));
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
  });
  const n = Math.max(stories.length, 1);
  const mean = (v: number[]): [number, number, number] => [v[0]! / n, v[1]! / n, v[2]! / n];
  return {
    stories: stories.length,
    brief: mean(sum.brief),
    firstSentences: mean(sum.base),
    briefWords: sum.bw / n,
    baselineWords: sum.fw / n,
  };
}
