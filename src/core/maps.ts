/** Append `value` to the list kept under `key`, creating it on first use (amortised O(1), no copying). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
