// A square-root size scale from a metric's node values to node sizes, so a node's area follows its value.
import type { NodeValues } from './types';

export interface SizeRange {
  min?: number;
  max?: number;
}

export const DEFAULT_SIZE_RANGE: Required<SizeRange> = { min: 4, max: 22 };

/** Up to this many nodes, the full size range; beyond, sizes shrink so a crowded graph stays legible. */
export const DEFAULT_UNCROWDED_NODES = 2_000;
/** The smallest share of the full range a crowded graph gets (50,000 nodes: 1 to 5.5 px). */
export const DEFAULT_MIN_SIZE_FACTOR = 0.25;

/**
 * The size range for a graph of `order` nodes: the full range up to DEFAULT_UNCROWDED_NODES, then scaled by
 * sqrt(DEFAULT_UNCROWDED_NODES / order), so the ink the nodes cover stays about constant (and, without a GPU,
 * so does the time to draw them), down to DEFAULT_MIN_SIZE_FACTOR of it. Zooming in still enlarges nodes.
 */
export function sizeRangeFor(order: number): Required<SizeRange> {
  const factor = Math.min(
    1,
    Math.max(DEFAULT_MIN_SIZE_FACTOR, Math.sqrt(DEFAULT_UNCROWDED_NODES / Math.max(1, order))),
  );
  return { min: DEFAULT_SIZE_RANGE.min * factor, max: DEFAULT_SIZE_RANGE.max * factor };
}

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
