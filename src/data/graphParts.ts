// A serialized graph sent in parts (a worker posts them; the main thread adds each in its own short task).
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { DEFAULT_GRAPH_OPTIONS } from './compiledTypes';

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

export interface GraphAssembler {
  /** Adds a part; the first part with options decides the graph's type (later options are ignored). */
  add(part: GraphPart): void;
  /** The graph so far (created with the compiled graph's options if no part carried any). */
  readonly graph: Graph;
  /** Nodes and edges added so far. */
  readonly added: number;
}

/** Builds a graphology graph from parts in the order splitGraph yields them. */
export function createGraphAssembler(): GraphAssembler {
  let graph: Graph | null = null;
  let added = 0;
  const ensure = (options?: GraphPart['options']) =>
    (graph ??= new Graph({ ...DEFAULT_GRAPH_OPTIONS, ...options }));
  return {
    add(part) {
      const target = ensure(part.options);
      if (part.attributes) target.mergeAttributes(part.attributes);
      if (part.nodes?.length || part.edges?.length) {
        target.import({ nodes: part.nodes ?? [], edges: part.edges ?? [] });
        added += (part.nodes?.length ?? 0) + (part.edges?.length ?? 0);
      }
    },
    get graph() {
      return ensure();
    },
    get added() {
      return added;
    },
  };
}

/** A whole serialized graph as a graph, in one go (small graphs, or tests). */
export function assembleGraph(serialized: SerializedGraph): Graph {
  const assembler = createGraphAssembler();
  for (const part of splitGraph(serialized, Number.POSITIVE_INFINITY)) assembler.add(part);
  return assembler.graph;
}
