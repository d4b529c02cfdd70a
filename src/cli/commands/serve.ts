/**
 * @module cli/commands/serve
 * `corroborate serve --db PATH|URL --port N --host H [--workers N]`: the web UI and the HTTP API over a
 * database, with worker threads running the queued jobs (`POST /api/articles`), until SIGINT/SIGTERM.
 * Writes need a token (`--token` or CORROBORATE_TOKEN) whenever the server listens beyond loopback; it
 * refuses to start otherwise, and says plainly who can reach it.
 */

import type { Server } from 'node:http';
import { isIP } from 'node:net';
import { hostname as machineName } from 'node:os';
import { serve } from '@hono/node-server';
import { defineCommand } from 'citty';
import { makeFetcher, openStore, type PipelineContext } from '../../ingest/command-support.js';
import { startJobRunner } from '../../ingest/queue/job-runner.js';
import { openJobQueue } from '../../ingest/queue/open-job-queue.js';
import { createApp } from '../../server/app.js';
import { DEFAULT_WRITES_PER_MINUTE } from '../../server/guards/index.js';
import { createService } from '../../server/service.js';
import { redactUrl } from '../../store/postgres-errors.js';
import { countOf, DB_ARG, databaseOf } from '../database-arg.js';
import { usageError } from '../errors.js';
import type { CommandData } from '../io.js';

/** Shortest token accepted: 16 characters (`openssl rand -hex 32` gives 64). */
export const MIN_TOKEN_LENGTH = 16;

const bare = (host: string): string => host.replace(/^\[|\]$/g, '').toLowerCase();

/** True for a listen address only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = bare(host);
  return h === 'localhost' || h === '::1' || (isIP(h) === 4 && h.startsWith('127.'));
}

const isWildcard = (host: string): boolean => ['0.0.0.0', '::', '0:0:0:0:0:0:0:0'].includes(bare(host));

export interface ExposureInput {
  readonly host: string;
  readonly port: number;
  readonly token: string | undefined;
  /** The token came from `--token` (visible in the process list) rather than the environment. */
  readonly tokenFromFlag: boolean;
  readonly allowPrivate: boolean;
  readonly allowedHosts: readonly string[];
}

export interface Exposure {
  /** Why the server must not start, or null. */
  readonly refusal: string | null;
  /** Host names the Host check accepts besides loopback names and IP addresses. */
  readonly allowedHosts: readonly string[];
  /** What `serve` prints: where the UI is, who can reach it, warnings. */
  readonly lines: readonly string[];
}

/** Decides whether `serve` may start with these settings, and what it tells the operator. */
export function exposure(input: ExposureInput): Exposure {
  const loopback = isLoopbackHost(input.host);
  const { token } = input;
  const allowedHosts = [...input.allowedHosts];
  if (isWildcard(input.host)) allowedHosts.push(machineName());
  else if (isIP(bare(input.host)) === 0) allowedHosts.push(bare(input.host));
  if (token !== undefined && (token.length < MIN_TOKEN_LENGTH || /\s/.test(token))) {
    return {
      refusal: `the token must be at least ${MIN_TOKEN_LENGTH} characters without spaces (try: openssl rand -hex 32)`,
      allowedHosts,
      lines: [],
    };
  }
  if (!loopback && token === undefined) {
    return {
      refusal:
        `refusing to listen on ${input.host} without a token: anyone who can reach it could add articles ` +
        'and make this server fetch URLs. Set CORROBORATE_TOKEN (or pass --token), or listen on 127.0.0.1.',
      allowedHosts,
      lines: [],
    };
  }
  const shown = isWildcard(input.host)
    ? 'localhost'
    : isIP(bare(input.host)) === 6
      ? `[${bare(input.host)}]`
      : input.host;
  const base = `http://${shown}:${input.port}`;
  const lines = [`web UI: ${base}/`, `API:    ${base}/api/stories (OpenAPI at ${base}/api/openapi.json)`];
  if (loopback) {
    lines.push(
      token === undefined
        ? 'writes: open to every program on this machine (set CORROBORATE_TOKEN to require a token)'
        : 'writes: need the token (Authorization: Bearer ...)',
    );
  } else {
    lines.push(
      `warning: listening on ${input.host}: anyone who can reach port ${input.port} can read every story and brief; ` +
        'writes need the token.',
      'warning: plain HTTP carries the token in clear: put a TLS reverse proxy in front (and name it with --allowed-host).',
    );
    if (input.allowPrivate) {
      lines.push(
        'warning: --allow-private: anyone with the token can make this server fetch addresses on your network.',
      );
    }
  }
  if (input.tokenFromFlag) lines.push('note: --token shows in the process list; CORROBORATE_TOKEN does not.');
  if (allowedHosts.length > 0)
    lines.push(`host names answered besides addresses and localhost: ${allowedHosts.join(', ')}`);
  return { refusal: null, allowedHosts, lines };
}

/** `--allowed-host a,b --allowed-host c` as a list. */
function listArg(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

export default defineCommand({
  meta: { name: 'serve', description: 'Serve stories, articles and briefs over HTTP (API and web UI)' },
  args: {
    db: DB_ARG,
    port: { type: 'string', description: 'Port to listen on (0 picks a free one)', default: '8080' },
    host: {
      type: 'string',
      description: 'Address to listen on; anything but loopback needs a token',
      default: '127.0.0.1',
    },
    token: {
      type: 'string',
      description: 'Token that writes must send as Authorization: Bearer (prefer CORROBORATE_TOKEN)',
    },
    'allowed-host': {
      type: 'string',
      description: 'Host name a reverse proxy forwards as Host (comma-separated or repeated)',
    },
    'rate-limit': {
      type: 'string',
      description: 'Writes per minute per client (0: no limit)',
      default: String(DEFAULT_WRITES_PER_MINUTE),
    },
    'allow-private': {
      type: 'boolean',
      description: 'Let POST /api/articles fetch private addresses',
      default: false,
    },
    workers: {
      type: 'string',
      description: 'Worker threads running queued jobs here (0 when separate `worker` processes run them)',
      default: '1',
    },
    concurrency: { type: 'string', description: 'Jobs each worker thread runs at once', default: '4' },
  },
  async run({ args, data }) {
    const context = data as CommandData &
      PipelineContext & {
        signal?: AbortSignal;
        onListening?: (port: number) => void;
        env?: Readonly<Record<string, string | undefined>>;
      };
    const { io } = context;
    const db = databaseOf(args);
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      throw usageError(`--port ${args.port} is not a port`);
    const writesPerMinute = Number(args['rate-limit']);
    if (!Number.isInteger(writesPerMinute) || writesPerMinute < 0)
      throw usageError(`--rate-limit ${args['rate-limit']} is not a number of writes per minute`);
    const threads = countOf(args.workers, '--workers', 0);
    const concurrency = countOf(args.concurrency, '--concurrency', 1);
    const host = String(args.host);
    const flagToken = typeof args.token === 'string' && args.token !== '' ? args.token : undefined;
    const envToken = (context.env ?? process.env).CORROBORATE_TOKEN || undefined;
    const token = flagToken ?? envToken;
    const allowPrivate = Boolean(args['allow-private']);
    const settings: ExposureInput = {
      host,
      port,
      token,
      tokenFromFlag: flagToken !== undefined,
      allowPrivate,
      allowedHosts: listArg(args['allowed-host']),
    };
    const decided = exposure(settings);
    if (decided.refusal !== null) throw usageError(decided.refusal);
    const store = await openStore(db);
    const queue = await openJobQueue(db);
    const fetchers: { close?: () => Promise<void> | void }[] = [];
    const runner = await startJobRunner({
      db,
      store,
      queue,
      threads,
      concurrency,
      allowPrivate,
      pipelineModule: context.pipelineModule ?? null,
      pipeline: context.pipeline ?? null,
      fetcher: () => {
        const fetcher = makeFetcher(allowPrivate, context);
        fetchers.push(fetcher);
        return fetcher;
      },
      onError: (error) => io.stderr(`worker: ${error.message}\n`),
    });
    const app = createApp(createService({ store, queue }), {
      guards: {
        ...(token !== undefined ? { token } : {}),
        allowedHosts: decided.allowedHosts,
        writesPerMinute,
      },
    });
    const server = serve({ fetch: app.fetch, port, hostname: host });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('listening', resolve);
        server.once('error', reject);
      });
    } catch (error) {
      await runner.stop();
      await queue.close();
      await store.close();
      throw usageError(`cannot listen on ${host}:${port}: ${(error as Error).message}`);
    }
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    const { lines } = exposure({ ...settings, port: bound });
    io.stderr(`serving ${redactUrl(db)} on ${host}:${bound}\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
    context.onListening?.(bound);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        server.close(() => resolve());
        (server as Server).closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      context.signal?.addEventListener('abort', stop, { once: true });
    });
    await runner.stop();
    await queue.close();
    for (const fetcher of fetchers) await fetcher.close?.();
    await store.close();
  },
});
