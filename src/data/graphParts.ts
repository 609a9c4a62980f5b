// A serialized graph sent in parts (a worker posts them; the main thread adds each in its own short task, see
// graphAssembler.ts). No graphology here: the importers' code needs none of the app's.
import type { SerializedGraph } from 'graphology-types';

/** A slice of a serialized graph: the first part carries options and attributes, the others nodes or edges. */
export type GraphPart = Partial<SerializedGraph>;

/**
 * Items per part. Adding 5,000 edges to graphology and reading them from a message takes ~40 ms on a slow
 * machine, under the 50 ms that counts as a long task, so the page stays responsive while a big graph arrives.
 */
export const DEFAULT_PART_SIZE = 5_000;

/** Splits a serialized graph into parts: options and attributes first, then nodes, then edges. */
export function* splitGraph(serialized: SerializedGraph, size = DEFAULT_PART_SIZE): Generator<GraphPart> {
  const head: GraphPart = {};
  if (serialized.options) head.options = serialized.options;
  if (serialized.attributes) head.attributes = serialized.attributes;
  yield head;
  for (let i = 0; i < serialized.nodes.length; i += size)
    yield { nodes: serialized.nodes.slice(i, i + size) };
  const edges = serialized.edges ?? [];
  for (let i = 0; i < edges.length; i += size) yield { edges: edges.slice(i, i + size) };
}
