// Rebuilds a graphology MultiGraph from a serialized compiled graph (used by the app and the compiler).
import { MultiGraph } from 'graphology';
import type { KgEdgeAttributes, KgGraphAttributes } from '../model/types';
import { DEFAULT_GRAPH_OPTIONS, type CompiledNodeAttributes, type SerializedKgGraph } from './compiledTypes';

export type KgMultiGraph = MultiGraph<CompiledNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

/** Creates an empty graph with the compiled graph's options (directed, multi, no self-loops). */
export function createKgGraph(): KgMultiGraph {
  return new MultiGraph<CompiledNodeAttributes, KgEdgeAttributes, KgGraphAttributes>({
    ...DEFAULT_GRAPH_OPTIONS,
  });
}

/** Imports a serialized compiled graph into a new directed MultiGraph. */
export function makeGraphFromSerialized(serialized: SerializedKgGraph): KgMultiGraph {
  const graph = createKgGraph();
  graph.import(serialized);
  return graph;
}
