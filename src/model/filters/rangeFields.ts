// The numeric fields a range filter reads: numeric node attributes (`attr:<name>`) and metrics, and their histograms.
import type Graph from 'graphology';
import type { FilterContext } from './types';

/** How a range field names a node attribute (the same prefix as the "Size by" attribute options). */
export const RANGE_ATTRIBUTE_PREFIX = 'attr:';

/** Metrics counted from the graph itself, available without running the metrics. */
const STRUCTURAL: Record<string, (graph: Graph, node: string) => number> = {
  degree: (graph, node) => graph.degree(node),
  inDegree: (graph, node) => graph.inDegree(node),
  outDegree: (graph, node) => graph.outDegree(node),
};

/** Reads one node's value of a field; undefined when the node has none (or the metric is not computed yet). */
export type FieldReader = (node: string, attributes: Record<string, unknown>) => number | undefined;

/**
 * The reader of a field, or null when its values are not known yet (a metric still to compute). An attribute value
 * counts only when it is a finite number.
 */
export function makeFieldReader(
  graph: Graph,
  field: string,
  metrics: FilterContext['metrics'] = {},
): FieldReader | null {
  if (field.startsWith(RANGE_ATTRIBUTE_PREFIX)) {
    const name = field.slice(RANGE_ATTRIBUTE_PREFIX.length);
    return (_node, attributes) => {
      const value = Object.hasOwn(attributes, name) ? attributes[name] : undefined;
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    };
  }
  const computed = metrics[field];
  if (computed) return (node) => computed[node];
  const structural = STRUCTURAL[field];
  return structural ? (node) => structural(graph, node) : null;
}

/** Every node's value of a field (nodes without one left out), or null when not known yet. */
export function fieldValues(
  graph: Graph,
  field: string,
  metrics?: FilterContext['metrics'],
): number[] | null {
  const read = makeFieldReader(graph, field, metrics);
  if (!read) return null;
  const values: number[] = [];
  graph.forEachNode((node, attributes) => {
    const value = read(node, attributes);
    if (value !== undefined && Number.isFinite(value)) values.push(value);
  });
  return values;
}

export interface Histogram {
  min: number;
  max: number;
  /** Node counts per bin; bin i covers [min + i·width, min + (i+1)·width), the last one includes max. */
  counts: number[];
}

/** A histogram of `values` in `bins` equal bins (one bin when every value is the same); null for no values. */
export function makeHistogram(values: readonly number[], bins: number): Histogram | null {
  if (values.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const count = max === min ? 1 : Math.max(1, Math.floor(bins));
  const counts = new Array<number>(count).fill(0);
  const width = (max - min) / count;
  for (const value of values) {
    const bin = width === 0 ? 0 : Math.min(count - 1, Math.floor((value - min) / width));
    counts[bin]!++;
  }
  return { min, max, counts };
}

/** Drops float noise (0.30000000000000004 → 0.3). */
const clean = (value: number) => Number(value.toPrecision(12));

/**
 * A range around [min, max] with short bounds for the inputs and the URL: about three significant digits of the
 * span, the minimum rounded down and the maximum up, so every value stays inside.
 */
export function roundRangeOutward(min: number, max: number): { min: number; max: number } {
  const span = max - min;
  if (!(span > 0) || !Number.isFinite(span)) return { min, max };
  const step = 10 ** (Math.floor(Math.log10(span)) - 2);
  return {
    min: clean(Math.floor(clean(min / step)) * step),
    max: clean(Math.ceil(clean(max / step)) * step),
  };
}
