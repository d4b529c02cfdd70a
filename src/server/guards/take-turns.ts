/**
 * @module server/guards/take-turns
 * Writes take turns with everything else: each write's work (reading and checking its body, queueing
 * its job, answering) starts in a turn of the event loop of its own, one write per turn, so a burst of
 * writes arriving together never holds a read (`GET /api/health`, a page) for longer than one write
 * takes. Reads run as soon as they arrive. Linear: one queue, one release per turn.
 */

import type { MiddlewareHandler } from 'hono';
import { isRead } from './refuse.js';

/** A turn of the event loop per waiter: resolves the waiters one at a time, each in its own turn. */
export function createTurns(): () => Promise<void> {
  const waiting: (() => void)[] = [];
  let head = 0;
  let releasing = false;
  const release = (): void => {
    const next = waiting[head];
    if (next === undefined) {
      releasing = false;
      waiting.length = 0;
      head = 0;
      return;
    }
    waiting[head++] = undefined as unknown as () => void;
    next();
    // The next waiter goes in the next turn: the I/O that arrived meanwhile is served first.
    setImmediate(release);
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!releasing) {
        releasing = true;
        setImmediate(release);
      }
    });
}

export function takeTurns(): MiddlewareHandler {
  const turn = createTurns();
  return async (c, next) => {
    if (isRead(c.req.method)) return next();
    await turn();
    await next();
  };
}
