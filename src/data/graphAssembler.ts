// Builds a graphology graph from the parts of a serialized graph (graphParts.ts), as they arrive.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { DEFAULT_GRAPH_OPTIONS } from './compiledTypes';
import {
  splitGraph,
  type EdgeAttributeColumns,
  type EdgeColumns,
  type GraphPart,
  type NodeColumns,
} from './graphParts';
import { makeNeighbourIndexesSparse } from './sparseNeighbourIndexes';

export interface GraphAssembler {
  /** Adds a part; the first part with options decides the graph's type (later options are ignored). */
  add(part: GraphPart): void;
  /** The graph so far (created with the compiled graph's options if no part carried any). */
  readonly graph: Graph;
  /** Nodes and edges added so far. */
  readonly added: number;
}

function addNodes(graph: Graph, { keys, attributes }: NodeColumns) {
  for (let i = 0; i < keys.length; i++) graph.addNode(keys[i], attributes[i] ?? undefined);
}

/** As graph.import would: an edge without a say is undirected only in an undirected graph. */
function addEdges(graph: Graph, { keys, sources, targets, attributes, undirected }: EdgeColumns) {
  const byDefault = graph.type === 'undirected';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const attrs = attributes[i] ?? undefined;
    if (undirected?.[i] ?? byDefault) {
      if (key === undefined) graph.addUndirectedEdge(sources[i], targets[i], attrs);
      else graph.addUndirectedEdgeWithKey(key, sources[i], targets[i], attrs);
    } else if (key === undefined) graph.addDirectedEdge(sources[i], targets[i], attrs);
    else graph.addDirectedEdgeWithKey(key, sources[i], targets[i], attrs);
  }
}

function mergeEdgeAttributes(graph: Graph, { keys, attributes }: EdgeAttributeColumns) {
  for (let i = 0; i < keys.length; i++) graph.mergeEdgeAttributes(keys[i], attributes[i]!);
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
      if (part.nodes) {
        addNodes(target, part.nodes);
        added += part.nodes.keys.length;
      }
      if (part.edges) {
        if (target.size === 0) makeNeighbourIndexesSparse(target);
        addEdges(target, part.edges);
        added += part.edges.keys.length;
      }
      if (part.edgeAttributes) mergeEdgeAttributes(target, part.edgeAttributes);
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
