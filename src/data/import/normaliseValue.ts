// Decides whether one attribute value can be kept (JSON-serialisable, finite) and returns the copy to keep.
import { toJsonValue } from './safeAttributes';

export type ValueVerdict =
  { keep: true; value: unknown } | { keep: false; reason?: 'non-finite number' | 'not JSON-serialisable' };

export function normaliseValue(value: unknown): ValueVerdict {
  switch (typeof value) {
    case 'undefined':
      return { keep: false };
    case 'string':
    case 'boolean':
      return { keep: true, value };
    case 'number':
      return Number.isFinite(value) ? { keep: true, value } : { keep: false, reason: 'non-finite number' };
    case 'object': {
      if (value === null) return { keep: true, value };
      const copy = toJsonValue(value);
      return copy === undefined
        ? { keep: false, reason: 'not JSON-serialisable' }
        : { keep: true, value: copy };
    }
    default:
      return { keep: false, reason: 'not JSON-serialisable' };
  }
}

/** A finite number from a number or numeric text ("12.5"), else undefined. */
export function toFiniteNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
