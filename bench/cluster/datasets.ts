/**
 * @module bench/cluster/datasets
 * Readers for the shared evaluation sets (read from ../shared, never copied into the repository).
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { ClusterInput } from '../../src/cluster/index.js';
import { extract } from '../../src/extract/index.js';

/** `../shared/data/clustering/` from the repository root. */
export const CLUSTERING_DATA = fileURLToPath(new URL('../../../shared/data/clustering/', import.meta.url));

export interface LabelledDoc extends ClusterInput {
  /** The gold cluster. */
  readonly label: string;
  /** A coarser gold grouping (the topic), where the set has one. */
  readonly topic?: string;
}

/** giveme5w1h's news-please records; gold = `newsCluster.EventId`. Null when the folder is absent. */
export function readGiveme(): LabelledDoc[] | null {
  const dir = `${CLUSTERING_DATA}giveme5w1h-dev/`;
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const record = JSON.parse(readFileSync(dir + name, 'utf8')) as {
        dId: string;
        title: string | null;
        text: string | null;
        date_publish: string | null;
        newsCluster: { EventId: number; TopicId: number };
      };
      return {
        id: record.dId,
        title: record.title,
        text: record.text ?? '',
        published: record.date_publish ? `${record.date_publish.replace(' ', 'T')}Z` : null,
        label: `event-${record.newsCluster.EventId}`,
        topic: `topic-${record.newsCluster.TopicId}`,
      };
    });
}

/** WikiRef220's cp1252 plain texts; gold topic = file name without its number. Null when absent. */
export function readWikiRef(): LabelledDoc[] | null {
  const dir = `${CLUSTERING_DATA}wikiref/WikiRef220/`;
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = iconv.decode(readFileSync(dir + name), 'win1252');
      const lines = text.split(/\r?\n/);
      const first = lines.findIndex((line) => line.trim() !== '');
      const label = name.replace(/(?: \(\d+\)|\.\d+)\.txt$/, '');
      return {
        id: name,
        title: first >= 0 ? lines[first]!.trim() : null,
        text: lines.slice(first + 1).join('\n'),
        published: null,
        label,
      };
    });
}

/** `../shared/data/extraction/readability-pages/`: real pages in many languages, extracted by our extractor. */
export function readReadabilityPages(): ClusterInput[] | null {
  const dir = fileURLToPath(new URL('../../../shared/data/extraction/readability-pages/', import.meta.url));
  if (!existsSync(dir)) return null;
  const out: ClusterInput[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = `${dir}${name}/source.html`;
    if (!existsSync(path)) continue;
    const result = extract({ input: path, id: `page:${name}`, kind: 'html', content: readFileSync(path) });
    if (!result.ok) continue;
    const { id, title, text, published, language } = result.article;
    out.push({ id, title, text, published, language });
  }
  return out;
}
