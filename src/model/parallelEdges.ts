// Numbers the parallel edges of a serialized graph (same pair of nodes) so renderers can curve them apart.
import type { GraphType, SerializedEdge, SerializedGraph } from 'graphology-types';

/** Written on every edge that shares its pair of nodes; edges alone on their pair get neither attribute. */
export const PARALLEL_INDEX_ATTRIBUTE = 'parallelIndex';
export const PARALLEL_MAX_INDEX_ATTRIBUTE = 'parallelMaxIndex';
export const PARALLEL_MIN_INDEX_ATTRIBUTE = 'parallelMinIndex';

function setAttributes(edge: SerializedEdge, values: Record<string, number>) {
  edge.attributes = { ...edge.attributes, ...values };
}

/** An edge's ends; a file may state a key as a number, which names the same node as its string. */
export interface EdgeEndKeys {
  source: string | number;
  target: string | number;
}

/** Edges' ends as node numbers `0 … nodes - 1`: edge i goes from `sources[i]` to `targets[i]`. */
export interface NumberedEnds {
  nodes: number;
  sources: Int32Array;
  targets: Int32Array;
}

/** Numbers edges' end nodes in order of first appearance, one edge at a time (for edges that arrive in parts). */
export interface EndNumbering {
  add(source: string | number, target: string | number): void;
  /** The ends added so far. */
  finish(): NumberedEnds;
}

/** `capacity`: how many edges to make room for at first (more grow the arrays). */
export function createEndNumbering(capacity = 1024): EndNumbering {
  const ids = new Map<string, number>();
  const idOf = (end: string | number) => {
    const key = String(end);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  let sources = new Int32Array(Math.max(1, capacity));
  let targets = new Int32Array(Math.max(1, capacity));
  let length = 0;
  return {
    add(source, target) {
      if (length === sources.length) {
        const grow = (array: Int32Array) => {
          const larger = new Int32Array(array.length * 2);
          larger.set(array);
          return larger;
        };
        sources = grow(sources);
        targets = grow(targets);
      }
      sources[length] = idOf(source);
      targets[length++] = idOf(target);
    },
    finish: () => ({
      nodes: ids.size,
      sources: length === sources.length ? sources : sources.slice(0, length),
      targets: length === targets.length ? targets : targets.slice(0, length),
    }),
  };
}

/** Numbers the ends' nodes in order of first appearance. */
function numberEnds(edges: readonly EdgeEndKeys[]): NumberedEnds {
  const numbering = createEndNumbering(edges.length);
  for (const edge of edges) numbering.add(edge.source, edge.target);
  return numbering.finish();
}

/** Each node's out- and in-edges, in edge order. */
function makeEndIndex({ nodes, sources, targets }: NumberedEnds) {
  return { nodes, sources, targets, out: groupBy(sources, nodes), in: groupBy(targets, nodes) };
}

/** Edge numbers grouped by `ends[i]`, in edge order: group g is `edges[start[g]] … edges[start[g + 1] - 1]`. */
function groupBy(ends: Int32Array, groups: number) {
  const start = new Int32Array(groups + 1);
  for (const end of ends) start[end + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const next = start.slice(0, groups);
  const edges = new Int32Array(ends.length);
  ends.forEach((end, i) => (edges[next[end]!++] = i));
  return { start, edges };
}

/** Each edge's numbering (see indexParallelEdges), worked out from the edges' ends alone. */
export interface ParallelPlan {
  /** Writes edge number `i`'s numbering on `edge` (its normalised form may be another object than its ends'). */
  apply(edge: SerializedEdge, i: number): void;
  /** Edge number `i`'s numbering attributes; null for an edge alone on its pair. */
  numberingOf(i: number): Record<string, number> | null;
  /**
   * Whether a simple graph (graphology's `multi: false`) of this type can hold every edge: in a directed graph no
   * two edges go the same way between the same nodes; in any other, no two edges share their pair of nodes at all
   * (a mixed graph is judged as strictly as an undirected one: the ends alone do not say which edges are undirected).
   */
  fitsSimpleGraph(type: GraphType): boolean;
}

/** No numbering (an edge alone on its pair), one direction of several edges, or one of two directions. */
const ALONE = 0;
const ONE_WAY = 1;
const BOTH_WAYS = 2;

/**
 * Works out the numbering @sigma/edge-curve's `indexParallelEdgesIndex` uses: k edges one way get -(k-1)/2 …
 * (k-1)/2; when both directions are present, each direction's edges get 1 … k. It counts with typed arrays, node by
 * node, so a quarter of a million edges cost no per-edge allocation (the nested maps it replaced cost ~200 ms at 50k
 * nodes); it needs only the ends (as keys, or numbered already), so an import can number edges it has not read yet.
 */
export function planParallelEdges(ends: readonly EdgeEndKeys[] | NumberedEnds): ParallelPlan {
  const { nodes, sources, targets, out, in: into } = makeEndIndex('nodes' in ends ? ends : numberEnds(ends));
  const kind = new Uint8Array(sources.length);
  const index = new Float64Array(sources.length);
  const total = new Int32Array(sources.length);
  // Per node u: how many u→v edges (count), how many v→u (reverse), and how many u→v were numbered so far (seen);
  // an entry is current for u only when its stamp is u, so nothing is cleared between nodes.
  const countStamp = new Int32Array(nodes).fill(-1);
  const count = new Int32Array(nodes);
  const reverseStamp = new Int32Array(nodes).fill(-1);
  const reverse = new Int32Array(nodes);
  const seen = new Int32Array(nodes);
  let sharedPairs = false;
  let repeatedDirections = false;
  for (let u = 0; u < nodes; u++) {
    for (let k = out.start[u]!; k < out.start[u + 1]!; k++) {
      const v = targets[out.edges[k]!]!;
      if (countStamp[v] !== u) {
        countStamp[v] = u;
        count[v] = 0;
        seen[v] = 0;
      }
      count[v]!++;
    }
    for (let k = into.start[u]!; k < into.start[u + 1]!; k++) {
      const w = sources[into.edges[k]!]!;
      if (reverseStamp[w] !== u) {
        reverseStamp[w] = u;
        reverse[w] = 0;
      }
      reverse[w]!++;
    }
    for (let k = out.start[u]!; k < out.start[u + 1]!; k++) {
      const i = out.edges[k]!;
      const v = targets[i]!;
      const one = count[v]!;
      const both = u === v ? one : one + (reverseStamp[v] === u ? reverse[v]! : 0);
      if (both === 1) continue;
      sharedPairs = true;
      if (one > 1) repeatedDirections = true;
      kind[i] = one === both ? ONE_WAY : BOTH_WAYS;
      index[i] = seen[v]!++;
      total[i] = one;
    }
  }
  const numberingOf = (i: number): Record<string, number> | null => {
    const one = total[i]!;
    if (kind[i] === ALONE) return null;
    if (one === 1) return { [PARALLEL_INDEX_ATTRIBUTE]: 1, [PARALLEL_MAX_INDEX_ATTRIBUTE]: 1 };
    if (kind[i] === ONE_WAY) {
      const max = (one - 1) / 2;
      return {
        [PARALLEL_INDEX_ATTRIBUTE]: index[i]! - max,
        [PARALLEL_MIN_INDEX_ATTRIBUTE]: -max,
        [PARALLEL_MAX_INDEX_ATTRIBUTE]: max,
      };
    }
    return { [PARALLEL_INDEX_ATTRIBUTE]: index[i]! + 1, [PARALLEL_MAX_INDEX_ATTRIBUTE]: one };
  };
  return {
    numberingOf,
    fitsSimpleGraph: (type) => !(type === 'directed' ? repeatedDirections : sharedPairs),
    apply(edge, i) {
      const numbering = numberingOf(i);
      if (numbering) setAttributes(edge, numbering);
    },
  };
}

/** Writes `parallelIndex`/`parallelMaxIndex` (and `parallelMinIndex` when all go the same way) in place. */
export function indexParallelEdges(serialized: Pick<SerializedGraph, 'edges'>): void {
  const plan = planParallelEdges(serialized.edges);
  serialized.edges.forEach((edge, i) => plan.apply(edge, i));
}
