/**
 * @module ingest/host-limiter
 * Per-host manners: at most N requests in flight to one host, a minimum gap between their starts, and a
 * pause after the host says Retry-After.
 */

export interface HostLimiterOptions {
  /** Requests in flight to one host at once. */
  readonly concurrency: number;
  /** Minimum milliseconds between two request starts to one host. */
  readonly intervalMs: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

interface HostState {
  active: number;
  nextStart: number;
  blockedUntil: number;
  intervalMs: number;
  readonly waiters: (() => void)[];
}

export interface HostLimiter {
  /** Waits for a turn on the host; call the returned function when the request is done. */
  acquire(host: string): Promise<() => void>;
  /** Makes the host wait until `until` (ms since epoch) before its next request. */
  block(host: string, until: number): void;
  /** Raises the host's gap between requests (a robots.txt Crawl-delay). */
  slowDown(host: string, intervalMs: number): void;
}

export function createHostLimiter(options: HostLimiterOptions): HostLimiter {
  const hosts = new Map<string, HostState>();
  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, blockedUntil: 0, intervalMs: options.intervalMs, waiters: [] };
      hosts.set(host, state);
    }
    return state;
  };
  return {
    async acquire(host) {
      const state = stateOf(host);
      while (state.active >= options.concurrency) {
        await new Promise<void>((resolve) => state.waiters.push(resolve));
      }
      state.active++;
      const now = options.now();
      const start = Math.max(now, state.nextStart, state.blockedUntil);
      state.nextStart = start + state.intervalMs;
      if (start > now) await options.sleep(start - now);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        state.active--;
        state.waiters.shift()?.();
      };
    },
    block(host, until) {
      const state = stateOf(host);
      state.blockedUntil = Math.max(state.blockedUntil, until);
    },
    slowDown(host, intervalMs) {
      const state = stateOf(host);
      state.intervalMs = Math.max(state.intervalMs, intervalMs);
    },
  };
}
