// A set of ordered pairs of node numbers, in typed arrays: no object or string per pair (a quarter of a million pairs
// in a few ms, where a Set of strings or of large numbers takes over 100 ms).

export interface NodePairSet {
  /** Adds the pair; false if it was there already. */
  add(first: number, second: number): boolean;
}

/** `expected`: how many pairs to make room for at first (more grow the table). Numbers are 0 … 2^31 − 2. */
export function createNodePairSet(expected = 1024): NodePairSet {
  let capacity = 16;
  while (capacity < expected * 2) capacity *= 2;
  // Slot i holds first + 1 (0: empty) and second.
  let firsts = new Int32Array(capacity);
  let seconds = new Int32Array(capacity);
  let size = 0;
  const slotOf = (table: Int32Array, others: Int32Array, first: number, second: number) => {
    const mask = table.length - 1;
    let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca6b)) & mask;
    while (table[slot] !== 0 && (table[slot] !== first + 1 || others[slot] !== second))
      slot = (slot + 1) & mask;
    return slot;
  };
  const grow = () => {
    const oldFirsts = firsts;
    const oldSeconds = seconds;
    firsts = new Int32Array(oldFirsts.length * 2);
    seconds = new Int32Array(oldSeconds.length * 2);
    for (let i = 0; i < oldFirsts.length; i++) {
      if (oldFirsts[i] === 0) continue;
      const slot = slotOf(firsts, seconds, oldFirsts[i]! - 1, oldSeconds[i]!);
      firsts[slot] = oldFirsts[i]!;
      seconds[slot] = oldSeconds[i]!;
    }
  };
  return {
    add(first, second) {
      const slot = slotOf(firsts, seconds, first, second);
      if (firsts[slot] !== 0) return false;
      firsts[slot] = first + 1;
      seconds[slot] = second;
      if (++size * 2 > firsts.length) grow();
      return true;
    },
  };
}
