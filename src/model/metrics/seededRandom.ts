// A small seeded pseudo-random generator (mulberry32) so that randomized algorithms are reproducible.

export const DEFAULT_SEED = 42;

/** Returns a function yielding deterministic floats in [0, 1) for the given 32-bit seed. */
export function makeSeededRandom(seed: number = DEFAULT_SEED): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
