// Degree counts per node (in, out, total); parallel edges each count, undirected edges count in `degree` only.
import type Graph from 'graphology';
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
