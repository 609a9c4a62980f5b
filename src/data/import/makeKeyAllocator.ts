// Deterministic keys ("e0", "e1", …) for edges that have none, never clashing with keys already in use.
export function makeKeyAllocator(used: Iterable<string>, prefix = 'e'): () => string {
  const taken = new Set(used);
  let next = 0;
  return () => {
    let key = `${prefix}${next++}`;
    while (taken.has(key)) key = `${prefix}${next++}`;
    taken.add(key);
    return key;
  };
}
