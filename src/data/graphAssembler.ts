// Builds a graphology graph from the parts of a serialized graph (graphParts.ts), as they arrive.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { DEFAULT_GRAPH_OPTIONS } from './compiledTypes';
import { splitGraph, type GraphPart } from './graphParts';

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
