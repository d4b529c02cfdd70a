/**
 * @module ingest/placer
 * Places new articles into stories with a streaming clusterer, so that every process on one database
 * agrees. Placement happens under the store's placement lock, one process at a time: the process first
 * catches its clusterer up on the articles others placed (in the committed placement order, so every
 * clusterer holds the same state), then adds the articles nobody placed yet and commits the placement
 * and the stories it changed in one transaction. A process never removes a story it does not know: it
 * knows every placed article before it writes. A commit refused because the view is behind (a lease lost)
 * rebuilds the view from the store and tries again.
 */

import type { Store, StoredArticle } from '../store/store.js';
import { StoreError } from '../store/store.js';
import type { Story } from '../types.js';
import { type Clusterer, clusterDocOf, type Pipeline } from './pipeline.js';
import type { SkippedArticle } from './tasks.js';

export interface PlaceResult {
  /** Articles placed by this call. */
  readonly placed: number;
  /** Stories created or whose membership changed (their briefs are stale). */
  readonly changed: readonly string[];
  /** Stories merged away. */
  readonly removed: readonly string[];
  /** Articles the clusterer left out of every story, and why. */
  readonly skipped: readonly SkippedArticle[];
}

export interface Placer {
  /** Places every stored article not placed yet, and commits what changed. */
  place(): Promise<PlaceResult>;
}

/** Articles read from the store at once while catching up or placing. */
const PAGE = 500;
/** Placements refused as behind, in a row, before giving up (each one rebuilds the view). */
const MAX_CONFLICTS = 3;

interface View {
  readonly clusterer: Clusterer;
  /** How many placed articles the clusterer has seen. */
  cursor: number;
  /** Each story as last committed (its JSON), to tell what changed; null until the first commit. */
  known: Map<string, string> | null;
}

/** Adds an article; a clusterer that throws on it leaves it out of every story, with the reason. */
async function add(clusterer: Clusterer, stored: StoredArticle): Promise<SkippedArticle | null> {
  try {
    const result = await clusterer.add(clusterDocOf(stored.article));
    return result.ok ? null : { id: stored.id, reason: result.reason };
  } catch (error) {
    return { id: stored.id, reason: `cluster-error: ${(error as Error).message}` };
  }
}

function keyed(stories: readonly Story[]): Map<string, string> {
  return new Map(stories.map((story) => [story.id, JSON.stringify(story)]));
}

export function createPlacer(store: Store, pipeline: Pipeline): Placer {
  let view: View | null = null;

  async function catchUp(current: View): Promise<void> {
    for (;;) {
      const page = await store.listPlaced(current.cursor, PAGE);
      for (const stored of page) await add(current.clusterer, stored);
      current.cursor += page.length;
      if (page.length < PAGE) return;
    }
  }

  /** One attempt; null when the store refused the commit as behind. */
  async function attempt(): Promise<PlaceResult | null> {
    const current: View = view ?? { clusterer: pipeline.createClusterer(), cursor: 0, known: null };
    view = current;
    await catchUp(current);
    let placed = 0;
    const changed = new Set<string>();
    const removed = new Set<string>();
    const skipped: SkippedArticle[] = [];
    for (;;) {
      const batch = await store.listUnplaced(PAGE);
      // A fresh view commits once even with nothing new: it rewrites whatever the store holds differently.
      if (batch.length === 0 && current.known !== null) break;
      for (const stored of batch) {
        const miss = await add(current.clusterer, stored);
        if (miss) skipped.push(miss);
      }
      const stories = await current.clusterer.stories();
      const after = keyed(stories);
      const known = current.known;
      const result = await store.commitPlacement({
        base: current.cursor,
        placed: batch.map((stored) => stored.id),
        stories:
          known === null ? stories : stories.filter((story) => known.get(story.id) !== after.get(story.id)),
        removed: known === null ? [] : [...known.keys()].filter((id) => !after.has(id)),
        ...(known === null ? { all: true } : {}),
      });
      if (result === null) {
        view = null;
        return null;
      }
      current.cursor += batch.length;
      current.known = after;
      placed += batch.length;
      for (const id of result.changed) changed.add(id);
      for (const id of result.removed) {
        removed.add(id);
        changed.delete(id);
      }
      if (batch.length < PAGE) break;
    }
    return { placed, changed: [...changed], removed: [...removed], skipped };
  }

  return {
    place() {
      return store.withPlacementLock(async () => {
        for (let conflicts = 0; conflicts < MAX_CONFLICTS; conflicts++) {
          const result = await attempt();
          if (result !== null) return result;
        }
        throw new StoreError('conflict', 'placement kept conflicting with another writer');
      });
    },
  };
}
