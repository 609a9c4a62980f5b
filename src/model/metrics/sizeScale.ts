// A square-root size scale from a metric's node values to node sizes, so a node's area follows its value.
import type { NodeValues } from './types';

export interface SizeRange {
  min?: number;
  max?: number;
}

export const DEFAULT_SIZE_RANGE: Required<SizeRange> = { min: 4, max: 22 };

export interface SizeScale {
  /** Size of a node; nodes without a finite value get the minimum size. */
  (node: string): number;
  /** Size for a raw value (for legends). */
  ofValue(value: number): number;
  /** [0, largest value]: sizes grow with the square root of value / largest value. */
  domain: readonly [number, number];
  range: readonly [number, number];
}

/**
 * Maps value v to min + (max - min) * sqrt(v / largest), domain [0, largest value]; negative values count as 0.
 * When every value is equal (or none is positive) there is nothing to show, and every node gets the mid size.
 */
export function makeSizeScale(values: NodeValues, range: SizeRange = {}): SizeScale {
  const min = range.min ?? DEFAULT_SIZE_RANGE.min;
  const max = range.max ?? DEFAULT_SIZE_RANGE.max;
  const finite = Object.values(values).filter(Number.isFinite);
  const largest = finite.reduce((a, b) => Math.max(a, b), 0);
  const flat = largest <= 0 || finite.every((v) => v === finite[0]);
  const ofValue = (value: number) => {
    if (!Number.isFinite(value)) return min;
    if (flat) return (min + max) / 2;
    return min + (max - min) * Math.sqrt(Math.min(Math.max(value, 0), largest) / largest);
  };
  const scale = (node: string) => {
    const value = values[node];
    return value === undefined ? min : ofValue(value);
  };
  return Object.assign(scale, {
    ofValue,
    domain: [0, largest] as const,
    range: [min, max] as const,
  });
}
