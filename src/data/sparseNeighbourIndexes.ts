// Gives a small graph's neighbour indexes sparse storage before its edges arrive, so numeric keys cost no memory by their value.
import type Graph from 'graphology';

/**
 * graphology keeps each node's neighbours in plain objects keyed by the neighbour's key. V8 stores a key such as
 * "762" as an array element, and an object still in its young generation that is given one gets a dense store as long
 * as the key (up to 5,000 slots, ~40 kB), however few neighbours it holds; an older one gets a small dictionary. Which
 * of the two a graph gets depends on when the garbage collector last ran: the 1k synthetic graph's heap measured 6.3
 * or 7–8.9 MB from one load to the next. An object that once held an index beyond 2^29 keeps a dictionary for good,
 * so every neighbour index is given one such key, removed at once, before the first edge is added.
 */
const SPARSE_MARK = 2 ** 32 - 2;

/**
 * Above this many nodes the step costs more than it saves (~3 ms per 1,000 nodes): V8 gives a young object a dense
 * store only while it stays under 5,000 slots and the key is within 1,024 of its length, so larger numeric keys go to
 * a dictionary anyway.
 */
export const SPARSE_NEIGHBOURS_MAX_ORDER = 5_000;

/** A key V8 treats as an array index (below 2^32 − 1, no sign, no leading zero). */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

type NeighbourIndex = Record<string, unknown>;
interface NodeEntry {
  in?: NeighbourIndex;
  out?: NeighbourIndex;
  undirected?: NeighbourIndex;
}

function markSparse(index: NeighbourIndex | undefined) {
  if (!index) return;
  index[SPARSE_MARK] = 0;
  delete index[SPARSE_MARK];
}

/**
 * Turns the neighbour indexes of a graph without edges yet to dictionaries, when some node key is an array index and
 * the graph is small enough for this to matter. Returns whether it did. graphology's node table is private; if its
 * shape is not the one expected, nothing is done.
 */
export function makeNeighbourIndexesSparse(graph: Graph): boolean {
  if (graph.size > 0 || graph.order === 0 || graph.order > SPARSE_NEIGHBOURS_MAX_ORDER) return false;
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return false;
  if (!graph.someNode((key) => ARRAY_INDEX.test(key) && Number(key) < SPARSE_MARK)) return false;
  for (const entry of (nodes as Map<string, NodeEntry>).values()) {
    markSparse(entry.in);
    markSparse(entry.out);
    markSparse(entry.undirected);
  }
  return true;
}
