/**
 * @module synthesize/spelling
 * Two spellings of one name ("Cazeneuve" and "Cazaneuve", "Shettleston" and "Shettlestone"): outlets
 * transliterate and misspell names, and that is no disagreement about who or where.
 */

/** Longest name compared, in characters: names are short; a longer string is no name. */
const MAX_NAME = 64;

/**
 * Edit distance between `a` and `b` when it is at most `limit`, else `limit + 1` (one row of the
 * usual table, stopped as soon as every cell of a row is over the limit).
 */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const cell = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(cell);
      if (cell < best) best = cell;
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Whether two names are one name spelled two ways: same first letter, and at most one edit in
 * every six letters (one for "Shettleston"/"Shettlestone", two for longer names).
 */
export function spelledAlike(a: string, b: string): boolean {
  const x = a.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const y = b.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (x === y) return true;
  if (x.length > MAX_NAME || y.length > MAX_NAME || x[0] !== y[0]) return false;
  const limit = Math.floor(Math.min(x.length, y.length) / 6);
  return limit > 0 && boundedDistance(x, y, limit) <= limit;
}
