// Counts items by a derived string key, returning [key, count] pairs sorted by descending count then key.

/** Tallies items by key; sorted by count (descending), then key. */
export function countBy<T>(items: readonly T[], getKey: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = getKey(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
