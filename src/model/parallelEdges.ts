// Numbers the parallel edges of a serialized graph (same pair of nodes) so renderers can curve them apart.
import type { SerializedEdge, SerializedGraph } from 'graphology-types';

/** Written on every edge that shares its pair of nodes; edges alone on their pair get neither attribute. */
export const PARALLEL_INDEX_ATTRIBUTE = 'parallelIndex';
export const PARALLEL_MAX_INDEX_ATTRIBUTE = 'parallelMaxIndex';
export const PARALLEL_MIN_INDEX_ATTRIBUTE = 'parallelMinIndex';

/** One separator that no two distinct (source, target) pairs can produce by concatenation. */
const SEPARATOR = '\u0000';

function setAttributes(edge: SerializedEdge, values: Record<string, number>) {
  edge.attributes = { ...edge.attributes, ...values };
}

/**
 * Writes `parallelIndex`/`parallelMaxIndex` (and `parallelMinIndex` when all go the same way) in place, with the
 * numbering @sigma/edge-curve's `indexParallelEdgesIndex` uses: k edges one way get -(k-1)/2 … (k-1)/2; when
 * both directions are present, each direction's edges get 1 … k. Linear in the number of edges, and it needs no
 * graphology instance, so the import worker can do it before the graph reaches the main thread.
 */
export function indexParallelEdges(serialized: Pick<SerializedGraph, 'edges'>): void {
  const byDirection = new Map<string, SerializedEdge[]>();
  const pairSize = new Map<string, number>();
  const pairOf = (source: string, target: string) =>
    source < target ? source + SEPARATOR + target : target + SEPARATOR + source;
  for (const edge of serialized.edges) {
    const directed = edge.source + SEPARATOR + edge.target;
    const group = byDirection.get(directed);
    if (group) group.push(edge);
    else byDirection.set(directed, [edge]);
    const pair = pairOf(edge.source, edge.target);
    pairSize.set(pair, (pairSize.get(pair) ?? 0) + 1);
  }
  for (const edges of byDirection.values()) {
    const first = edges[0]!;
    const both = pairSize.get(pairOf(first.source, first.target))!;
    const count = edges.length;
    if (count === 1 && both === 1) continue;
    if (count === 1) {
      setAttributes(first, { [PARALLEL_INDEX_ATTRIBUTE]: 1, [PARALLEL_MAX_INDEX_ATTRIBUTE]: 1 });
    } else if (count === both) {
      const max = (count - 1) / 2;
      edges.forEach((edge, i) =>
        setAttributes(edge, {
          [PARALLEL_INDEX_ATTRIBUTE]: i - max,
          [PARALLEL_MIN_INDEX_ATTRIBUTE]: -max,
          [PARALLEL_MAX_INDEX_ATTRIBUTE]: max,
        }),
      );
    } else {
      edges.forEach((edge, i) =>
        setAttributes(edge, { [PARALLEL_INDEX_ATTRIBUTE]: i + 1, [PARALLEL_MAX_INDEX_ATTRIBUTE]: count }),
      );
    }
  }
}
