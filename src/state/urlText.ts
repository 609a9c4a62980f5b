// The query string as untrusted text: one value per parameter, length-limited, and the small readers fields share.

/** The query string's parameters (first occurrence of each); a Map, so no name can reach an inherited member. */
export type RawView = ReadonlyMap<string, string>;

/** Anything longer than this in one parameter is ignored as garbage. */
const MAX_PARAM_LENGTH = 4096;
/** Parameters beyond this many are ignored. */
const MAX_PARAMS = 200;

export function readQuery(search: string): RawView {
  const raw = new Map<string, string>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return raw;
  }
  for (const [name, value] of params) {
    if (raw.size >= MAX_PARAMS) break;
    if (!raw.has(name) && value.length <= MAX_PARAM_LENGTH) raw.set(name, value);
  }
  return raw;
}

/** A comma-separated list, without empty items; undefined for no text. */
export const readList = (text: string | undefined) => (text ? text.split(',').filter(Boolean) : undefined);

/** decodeURIComponent that keeps malformed text as it is. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A whole number written in decimal digits within [min, max] (no sign, no leading zero, no exponent); else null. */
export function readInteger(text: string | undefined, min: number, max: number): number | null {
  if (!text || !/^(0|[1-9][0-9]{0,8})$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** Sorted without duplicates. */
export const uniqueNumbers = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b);
