// Numbers the parallel edges of a serialized graph (same pair of nodes) so renderers can curve them apart.
import type { SerializedEdge, SerializedGraph } from 'graphology-types';

/** Written on every edge that shares its pair of nodes; edges alone on their pair get neither attribute. */
export const PARALLEL_INDEX_ATTRIBUTE = 'parallelIndex';
export const PARALLEL_MAX_INDEX_ATTRIBUTE = 'parallelMaxIndex';
export const PARALLEL_MIN_INDEX_ATTRIBUTE = 'parallelMinIndex';

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
  // Nested maps (source → target → count) instead of string keys: most edges are alone on their pair, and this
  // pass allocates nothing per edge for them.
  const counts = new Map<string, Map<string, number>>();
  for (const { source, target } of serialized.edges) {
    let targets = counts.get(source);
    if (!targets) counts.set(source, (targets = new Map()));
    targets.set(target, (targets.get(target) ?? 0) + 1);
  }
  const countOf = (source: string, target: string) => counts.get(source)?.get(target) ?? 0;
  /** How many edges of each crowded direction were numbered so far. */
  const numbered = new Map<string, Map<string, number>>();
  for (const edge of serialized.edges) {
    const { source, target } = edge;
    const count = countOf(source, target);
    const both = source === target ? count : count + countOf(target, source);
    if (both === 1) continue;
    let done = numbered.get(source);
    if (!done) numbered.set(source, (done = new Map()));
    const i = done.get(target) ?? 0;
    done.set(target, i + 1);
    if (count === 1) {
      setAttributes(edge, { [PARALLEL_INDEX_ATTRIBUTE]: 1, [PARALLEL_MAX_INDEX_ATTRIBUTE]: 1 });
    } else if (count === both) {
      const max = (count - 1) / 2;
      setAttributes(edge, {
        [PARALLEL_INDEX_ATTRIBUTE]: i - max,
        [PARALLEL_MIN_INDEX_ATTRIBUTE]: -max,
        [PARALLEL_MAX_INDEX_ATTRIBUTE]: max,
      });
    } else {
      setAttributes(edge, { [PARALLEL_INDEX_ATTRIBUTE]: i + 1, [PARALLEL_MAX_INDEX_ATTRIBUTE]: count });
    }
  }
}
