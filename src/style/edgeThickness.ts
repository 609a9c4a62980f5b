// Edge thickness from a numeric edge attribute (a weight): a linear scale from the weights' range to pixel widths.
import type Graph from 'graphology';
import type { SizeRange } from './settings';

/** An edge's width in pixels from its attributes. */
export type EdgeThickness = (attributes: Record<string, unknown>) => number;

const usable = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * The width of each edge from its `attribute`: the smallest weight gets `range.min` pixels, the largest `range.max`,
 * linearly between; an edge without a usable weight (missing, negative, not a number) gets `range.min`; when every
 * weight is the same, every edge gets `range.min`. Null when no edge has a usable weight (nothing to show).
 */
export function makeEdgeThickness(graph: Graph, attribute: string, range: SizeRange): EdgeThickness | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachEdge((_edge, attributes) => {
    const value: unknown = attributes[attribute];
    if (!usable(value)) return;
    if (value < min) min = value;
    if (value > max) max = value;
  });
  if (min === Infinity) return null;
  const span = max - min;
  return (attributes) => {
    const value = attributes[attribute];
    if (!usable(value) || span === 0) return range.min;
    return range.min + ((value - min) / span) * (range.max - range.min);
  };
}
