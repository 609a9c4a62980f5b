// Betweenness centrality (normalized), by default on the undirected view: how often a node lies between others.
import type Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { collapseToSimpleGraph } from './collapseToSimpleGraph';
import type { NodeValues } from './types';

export interface BetweennessOptions {
  /**
   * false (default): edges are read as undirected links, because a relation's direction is a reading convention
   * ("holds office in" vs "office held by"), not a flow; the graph is first collapsed to a simple undirected graph.
   * true: shortest paths follow edge directions (parallel edges do not change the result).
   */
  directed?: boolean;
}

/**
 * Normalized betweenness in [0, 1]: the share of shortest paths between other node pairs that pass through the
 * node, divided by (n - 1)(n - 2). Unweighted (every edge is one hop). The centre of a star scores 1.
 */
export function computeBetweenness(graph: Graph, options: BetweennessOptions = {}): NodeValues {
  if (graph.order === 0) return {};
  const target = options.directed ? graph : collapseToSimpleGraph(graph, 'undirected');
  return betweennessCentrality(target, { getEdgeWeight: null, normalized: true });
}
