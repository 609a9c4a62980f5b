// A small, stable string hash (32-bit FNV-1a) for deterministic pseudo-random placement.

/** 32-bit FNV-1a hash of the string's UTF-16 code units, as an unsigned integer. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Maps a string to a stable number in [0, 1). */
export function hashToUnit(text: string): number {
  return hashString(text) / 0x100000000;
}
