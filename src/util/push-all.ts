/**
 * Appends every item to `target`, one by one. `target.push(...items)` passes each item as an
 * argument, and a list of more than about 120,000 (the diagnostics of a large catalog) then
 * overflows the stack: lists whose length the input decides are appended with this.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Appends `item` to the list `groups` holds under `key`, starting the list when there is none. */
export function pushTo<K, V>(groups: Map<K, V[]>, key: K, item: V): void {
  const list = groups.get(key);
  if (list) list.push(item);
  else groups.set(key, [item]);
}
