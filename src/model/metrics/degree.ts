// Degree counts per node (in, out, total, weighted); parallel edges each count, undirected edges count in `degree` only.
import type Graph from 'graphology';
import { edgeWeight } from './edgeWeight';
import type { NodeValues } from './types';

function countPerNode(graph: Graph, count: (node: string) => number): NodeValues {
  const values: NodeValues = {};
  graph.forEachNode((node) => {
    values[node] = count(node);
  });
  return values;
}

/** Number of incident edges (in + out + undirected), multi-edges counted one by one. */
export function computeDegree(graph: Graph): NodeValues {
  return countPerNode(graph, (node) => graph.degree(node));
}

/** Number of incoming directed edges, multi-edges counted. */
export function computeInDegree(graph: Graph): NodeValues {
  return countPerNode(graph, (node) => graph.inDegree(node));
}

/** Number of outgoing directed edges, multi-edges counted. */
export function computeOutDegree(graph: Graph): NodeValues {
  return countPerNode(graph, (node) => graph.outDegree(node));
}

export interface WeightedDegreeOptions {
  /** The edge attribute holding weights; edges without a usable one weigh 1 (see edgeWeight). None: all weigh 1. */
  weightAttribute?: string;
}

/**
 * Sum of the weights of a node's edges (in, out and undirected; a self-loop counts twice, as in `degree`). Without a
 * weight attribute it equals the degree.
 */
export function computeWeightedDegree(graph: Graph, options: WeightedDegreeOptions = {}): NodeValues {
  const attribute = options.weightAttribute;
  const values: NodeValues = {};
  graph.forEachNode((node) => {
    values[node] = 0;
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = attribute === undefined ? 1 : edgeWeight(attributes, attribute);
    values[source]! += weight;
    values[target]! += weight;
  });
  return values;
}
