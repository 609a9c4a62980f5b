// Cell conversions for CSV imports: numeric-looking text becomes a number, yes/no flags become booleans.
const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const LEADING_ZERO = /^[+-]?0\d/;

/** "12.5" → 12.5; "007" (a code, not a quantity), "1e999" and other text stay strings. */
export function convertCell(value: string): string | number {
  if (!NUMERIC.test(value) || LEADING_ZERO.test(value)) return value;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}

const TRUE = new Set(['true', 'yes', '1', 'y']);
const FALSE = new Set(['false', 'no', '0', 'n', '']);

export function parseFlag(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (TRUE.has(lower)) return true;
  if (FALSE.has(lower)) return false;
  return undefined;
}
