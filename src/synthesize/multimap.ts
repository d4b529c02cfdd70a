/**
 * @module synthesize/multimap
 * Lists kept by key: appending in place keeps grouping linear (copying a list on every append would
 * make a key with many items quadratic).
 */

/** Appends `value` to the list at `key`, creating it. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
