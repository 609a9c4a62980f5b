// PageRank following edge directions; parallel edges act as one link of summed weight (multigraphs accepted).
import type Graph from 'graphology';
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import type { NodeValues } from './types';

export interface PagerankOptions {
  /** Damping factor (default 0.85). */
  alpha?: number;
  maxIterations?: number;
  tolerance?: number;
}

export const DEFAULT_PAGERANK_OPTIONS: Required<PagerankOptions> = {
  alpha: 0.85,
  maxIterations: 1000,
  tolerance: 1e-9,
};

/**
 * PageRank scores summing to 1. graphology-metrics 2.4.2 accepts multigraphs: its neighbourhood index lists every
 * edge, so k parallel edges u -> v weigh like one edge of weight k (tested against an explicitly collapsed graph);
 * no collapsing helper is needed. Edge attributes are ignored (unweighted: getEdgeWeight null).
 */
export function computePagerank(graph: Graph, options: PagerankOptions = {}): NodeValues {
  if (graph.order === 0) return {};
  return pagerankCentrality(graph, { ...DEFAULT_PAGERANK_OPTIONS, ...options, getEdgeWeight: null });
}
