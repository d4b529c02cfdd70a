/**
 * @module ingest/ingest-run
 * One local ingest run and its own state: the outcome of each item, the progress count, the articles
 * clustering left out, the stories changed, the briefs written. Every call of the ingestor gets a new
 * run, so overlapping calls never see each other's items. The run does each step's follow-up at once
 * (an article stored is placed at once), except briefs, which it writes once at the end (`settle`) for
 * every story that changed, after placing whatever was left unplaced.
 */

import type { Store } from '../store/store.js';
import type { Fetcher } from './fetcher.js';
import type { Clusterer, Pipeline } from './pipeline.js';
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
  readonly clusterer: Clusterer;
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
  readonly #storiesChanged = new Set<string>();
  readonly #briefs = new Map<string, BriefOutcome>();
  readonly context: TaskContext;

  constructor(setting: RunSetting) {
    this.#setting = setting;
    this.context = {
      store: setting.store,
      pipeline: setting.pipeline,
      fetcher: setting.fetcher,
      clusterer: setting.clusterer,
      key: null,
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
    // Briefs wait for `settle`: one brief per story for the whole run.
    if (task === 'write-brief') {
      this.#storiesChanged.add((payload as TaskPayloads['write-brief']).story);
      return;
    }
    if (task !== 'place-article') return this.do(task, payload);
    // A placement that fails (the database away for longer than its retries) leaves the article stored
    // and unplaced: `settle` places it, or the run fails there.
    await this.do(task, payload).catch(() => {});
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
   * Places every article left unplaced (by a failed placement, or a crashed run), then writes every
   * stale brief: work lost to a crash is redone here.
   */
  async settle(): Promise<void> {
    const { store } = this.#setting;
    await this.do('place-articles', {});
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
      storiesChanged: this.#storiesChanged.size,
      briefsWritten: briefs.filter((b) => b === 'written').length,
      briefsFailed: briefs.filter((b) => b === 'failed').length,
    };
  }

  /** The reports of this run so far. */
  get items(): readonly ItemReport[] {
    return this.#reports;
  }
}
