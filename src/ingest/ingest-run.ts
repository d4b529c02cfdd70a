/**
 * @module ingest/ingest-run
 * One local ingest run and its own state: the outcome of each item, the progress count, the articles
 * clustering left out, the briefs written. Every call of the ingestor gets a new run, so overlapping
 * calls never see each other's items. The run does each step's follow-up at once, except placement
 * and briefs, which it does once at the end (`settle`) for everything the run stored.
 */

import type { Store } from '../store/store.js';
import type { Fetcher } from './fetcher.js';
import type { Pipeline } from './pipeline.js';
import type { Placer } from './placer.js';
import {
  type BriefOutcome,
  type ItemReport,
  type ItemStatus,
  runTask,
  type SkippedArticle,
  type TaskContext,
  type TaskName,
  type TaskPayloads,
} from './tasks.js';
import { briefStory } from './write-brief.js';

export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly last: ItemReport;
}

export interface IngestSummary {
  readonly new: number;
  readonly duplicate: number;
  readonly notModified: number;
  readonly failed: number;
  readonly items: readonly ItemReport[];
  /** Articles stored but left out of every story by clustering, with the reason (as `cluster` says). */
  readonly skipped: readonly (SkippedArticle & { readonly input: string })[];
  /** Stories created or changed, and briefs written, by this run. */
  readonly storiesChanged: number;
  readonly briefsWritten: number;
  /** Stories whose brief could not be computed (their previous brief, if any, is kept). */
  readonly briefsFailed: number;
}

/** What a run works with (the ingestor's options, resolved). */
export interface RunSetting {
  readonly store: Store;
  readonly pipeline: Pipeline;
  readonly fetcher: Fetcher;
  readonly placer: Placer;
  readonly now: () => number;
  readonly everyMs: number;
  readonly concurrency: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: IngestProgress) => void;
}

export class IngestRun {
  readonly #setting: RunSetting;
  readonly #reports: ItemReport[] = [];
  readonly #skipped: SkippedArticle[] = [];
  #total = 0;
  #storiesChanged = 0;
  readonly #briefs = new Map<string, BriefOutcome>();
  readonly context: TaskContext;

  constructor(setting: RunSetting) {
    this.#setting = setting;
    this.context = {
      store: setting.store,
      pipeline: setting.pipeline,
      fetcher: setting.fetcher,
      placer: setting.placer,
      now: setting.now,
      everyMs: setting.everyMs,
      concurrency: setting.concurrency,
      ...(setting.signal ? { signal: setting.signal } : {}),
      next: (task, payload) => this.#next(task, payload),
      report: (item) => this.#report(item),
      crashed: (input, error) => {
        this.#report({ input, status: 'failed', reason: `extract-error: ${(error as Error).message}` });
      },
      expect: (count) => {
        this.#total += count;
      },
      skipped: (items) => {
        this.#skipped.push(...items);
      },
      briefed: (story, outcome) => {
        this.#briefs.set(story, outcome);
      },
    };
  }

  /** Runs one step now (and whatever it hands on, except placement and briefs). */
  do<T extends TaskName>(task: T, payload: TaskPayloads[T]): Promise<void> {
    if (this.#setting.signal?.aborted) return Promise.resolve();
    return runTask(task, payload, this.context);
  }

  async #next<T extends TaskName>(task: T, payload: TaskPayloads[T]): Promise<void> {
    // Placement and briefs wait for `settle`: one placement for the whole run, one brief per story.
    if (task === 'place-articles' || task === 'write-brief') return;
    await this.do(task, payload);
  }

  #report(item: ItemReport): ItemReport {
    this.#reports.push(item);
    this.#setting.onProgress?.({
      done: this.#reports.length,
      total: Math.max(this.#total, this.#reports.length),
      last: item,
    });
    return item;
  }

  /**
   * Places every unplaced article (this run's, and any a crashed run left), then writes every stale
   * brief: work lost to a crash is redone here.
   */
  async settle(): Promise<void> {
    const { store } = this.#setting;
    const placed = await this.#setting.placer.place();
    this.#storiesChanged = placed.changed.length;
    this.#skipped.push(...placed.skipped);
    for (;;) {
      const done = new Set(this.#briefs.keys());
      const stale = (await store.listStaleBriefs(100 + done.size)).filter((id) => !done.has(id));
      if (stale.length === 0) break;
      for (const story of stale) this.#briefs.set(story, await briefStory(story, this.context));
    }
  }

  summary(): IngestSummary {
    const count = (status: ItemStatus) => this.#reports.filter((r) => r.status === status).length;
    const inputOf = new Map(
      this.#reports.flatMap((r) => (r.id === undefined ? [] : [[r.id, r.input] as const])),
    );
    const briefs = [...this.#briefs.values()];
    return {
      new: count('new'),
      duplicate: count('duplicate'),
      notModified: count('not-modified'),
      failed: count('failed'),
      items: this.#reports,
      skipped: this.#skipped.map((s) => ({ ...s, input: inputOf.get(s.id) ?? s.id })),
      storiesChanged: this.#storiesChanged,
      briefsWritten: briefs.filter((b) => b === 'written').length,
      briefsFailed: briefs.filter((b) => b === 'failed').length,
    };
  }

  /** The reports of this run so far. */
  get items(): readonly ItemReport[] {
    return this.#reports;
  }
}
