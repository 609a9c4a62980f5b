// Turns a serialized graph into the read-only model graph, with parallel edges indexed for curved rendering.
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';

export function prepareGraph(serialized: SerializedGraph): MultiGraph {
  const graph = new MultiGraph({ type: 'directed', allowSelfLoops: false });
  graph.import(serialized);
  indexParallelEdgesIndex(graph);
  return graph;
}
