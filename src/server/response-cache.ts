/**
 * @module server/response-cache
 * A small LRU of serialised GET answers, valid while the store's change token stays the same: a
 * write (here or by another process, such as `watch`) empties it.
 */

export interface ResponseCache<T = string> {
  /** The cached body for `key`, or computes, stores and returns it. */
  get(key: string, compute: () => Promise<T>): Promise<T>;
}

/**
 * @param maxEntries how many answers to keep: 10,000 story pages of a few KB each stay well under
 *   100 MB, and the oldest go first.
 */
export function createResponseCache<T = string>(
  token: () => Promise<string>,
  maxEntries = 10_000,
): ResponseCache<T> {
  let current = '';
  const entries = new Map<string, T>();
  return {
    async get(key, compute) {
      const now = await token();
      if (now !== current) {
        entries.clear();
        current = now;
      }
      const hit = entries.get(key);
      if (hit !== undefined) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const body = await compute();
      if ((await token()) === current) {
        entries.set(key, body);
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      }
      return body;
    },
  };
}
