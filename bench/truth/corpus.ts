/**
 * @module bench/truth/corpus
 * The real articles the truth set is about, read from `../shared/data` (never copied into the
 * repository): giveme5w1h-dev records grouped by their gold event, each article given a short alias
 * (`a1`, `a2`, … in order of publication, then id) that truth files use instead of the 56-character id.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const GIVEME_DIR = join(SHARED_DATA, 'clustering/giveme5w1h-dev');
/**
 * WikiRef220: plain-text news articles (cp1252). Each is an event of its own (ids from
 * `WIKIREF_FIRST_ID`, in file-name order), annotated for its quotations and speakers.
 */
export const WIKIREF_DIR = join(SHARED_DATA, 'clustering/wikiref/WikiRef220');
export const WIKIREF_FIRST_ID = 1000;
/** The reference corpus: five page dumps of one event, annotated as event 0 ("seeds"). */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** One real article of the truth set: its record as published by the dataset. */
export interface CorpusArticle {
  /** Short alias within its event (`a1` …). */
  readonly alias: string;
  /** The dataset's id (`dId`), also the file name without `.json`. */
  readonly id: string;
  readonly event: number;
  readonly title: string;
  /** The record's `text`: every truth offset points into it. */
  readonly text: string;
  readonly outlet: string;
  readonly published: string | null;
  /** The crawler record, for records; null for a page dump (the seeds), read as plain text. */
  readonly record: Readonly<Record<string, unknown>> | null;
}

export interface CorpusEvent {
  readonly id: number;
  /** The dataset's event name. */
  readonly name: string;
  readonly articles: readonly CorpusArticle[];
}

/** True when the shared data is beside the repository (a user's machine does not have it). */
export function corpusAvailable(): boolean {
  return existsSync(GIVEME_DIR);
}

/**
 * Whether an event is held out: a fixed split by a hash of the event's name, about 40% of events, so
 * nobody chooses which events are easy. Thresholds are tuned on `dev` only; `test` figures are reported.
 */
export function splitOf(name: string): 'dev' | 'test' {
  // The seeds are the product's reference corpus, read by every change: never held out.
  if (name === 'seeds') return 'dev';
  const byte = createHash('sha256').update(`truth-split:${name}`).digest()[0] ?? 0;
  return byte < 0.4 * 256 ? 'test' : 'dev';
}

let cache: CorpusEvent[] | null = null;

/** Every event of giveme5w1h-dev with its articles, events by id, articles by publication then id. */
export function loadEvents(): CorpusEvent[] {
  if (cache) return cache;
  const byEvent = new Map<number, { name: string; articles: Omit<CorpusArticle, 'alias'>[] }>();
  for (const file of readdirSync(GIVEME_DIR).sort()) {
    if (!file.endsWith('.json')) continue;
    const record = JSON.parse(readFileSync(join(GIVEME_DIR, file), 'utf8')) as Record<string, unknown>;
    const cluster = record.newsCluster as { EventId: number; Event: string };
    const entry = byEvent.get(cluster.EventId) ?? { name: cluster.Event, articles: [] };
    entry.articles.push({
      id: String(record.dId ?? file.replace(/\.json$/, '')),
      event: cluster.EventId,
      title: String(record.title ?? ''),
      text: String(record.text ?? ''),
      outlet: String(record.source_domain ?? ''),
      published: typeof record.date_publish === 'string' ? record.date_publish : null,
      record,
    });
    byEvent.set(cluster.EventId, entry);
  }
  const seeds: CorpusEvent[] = existsSync(SEEDS_DIR)
    ? [
        {
          id: 0,
          name: 'seeds',
          articles: readdirSync(SEEDS_DIR)
            .filter((f) => f.endsWith('.txt'))
            .sort()
            .map((f, i) => ({
              alias: `a${i + 1}`,
              id: f.replace(/\.txt$/, ''),
              event: 0,
              title: '',
              text: readFileSync(join(SEEDS_DIR, f), 'utf8'),
              outlet: '',
              published: null,
              record: null,
            })),
        },
      ]
    : [];
  const wikiref: CorpusEvent[] = existsSync(WIKIREF_DIR)
    ? readdirSync(WIKIREF_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f, i) => ({
          id: WIKIREF_FIRST_ID + i,
          name: `wikiref:${f}`,
          articles: [
            {
              alias: 'a1',
              id: f.replace(/\.txt$/, ''),
              event: WIKIREF_FIRST_ID + i,
              title: '',
              text: new TextDecoder('windows-1252').decode(readFileSync(join(WIKIREF_DIR, f))),
              outlet: '',
              published: null,
              record: null,
            },
          ],
        }))
    : [];
  cache = [
    ...seeds,
    ...[...byEvent]
      .sort(([a], [b]) => a - b)
      .map(([id, { name, articles }]) => ({
        id,
        name,
        articles: articles
          .sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.id.localeCompare(y.id))
          .map((a, i) => ({ ...a, alias: `a${i + 1}` })),
      })),
    ...wikiref,
  ];
  return cache;
}

/** A short fingerprint of a span's text: lets a truth file check its offsets without holding the text. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 8);
}
