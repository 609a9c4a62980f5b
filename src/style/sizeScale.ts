// A square-root size scale from a metric's node values to node sizes, so a node's area follows its value.
import type { NodeValues } from '../model/metrics/types';
import { DEFAULT_SETTINGS, type Settings, type SizeRange } from './settings';

/**
 * The size range for a graph of `order` nodes: the full range up to `uncrowdedNodes`, then scaled by
 * sqrt(uncrowdedNodes / order), so the ink the nodes cover stays about constant (and, without a GPU, so does the
 * time to draw them), down to `minSizeFactor` of it. Zooming in still enlarges nodes.
 */
export function sizeRangeFor(
  order: number,
  settings: Pick<Settings, 'nodeSizeRange' | 'uncrowdedNodes' | 'minSizeFactor'> = DEFAULT_SETTINGS,
): SizeRange {
  const { nodeSizeRange, uncrowdedNodes, minSizeFactor } = settings;
  const factor = Math.min(1, Math.max(minSizeFactor, Math.sqrt(uncrowdedNodes / Math.max(1, order))));
  return { min: nodeSizeRange.min * factor, max: nodeSizeRange.max * factor };
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
export function makeSizeScale(
  values: NodeValues,
  range: SizeRange = DEFAULT_SETTINGS.nodeSizeRange,
): SizeScale {
  const { min, max } = range;
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
