/**
 * @module multimap
 * Lists kept by key, shared by every stage: appending in place keeps grouping linear (copying a list on
 * every append would make a key with many items quadratic).
 */

/** Appends `value` to the list at `key`, creating it. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `items` grouped by `keyOf`, each group in input order, the groups in order of first appearance. */
export function groupBy<K, V>(items: Iterable<V>, keyOf: (item: V) => K): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const item of items) addTo(out, keyOf(item), item);
  return out;
}
