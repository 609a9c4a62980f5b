// The registry of structural metrics (id, label, numeric or categorical, compute) and helpers to run several.
import type Graph from 'graphology';
import { computeBetweenness } from './betweenness';
import { computeDegree, computeInDegree, computeOutDegree, computeWeightedDegree } from './degree';
import { resolveWeightAttribute } from './edgeWeight';
import { computeLouvain } from './louvain';
import { computePagerank } from './pagerank';
import {
  METRIC_IDS,
  type MetricDefinition,
  type MetricId,
  type MetricOptions,
  type MetricResults,
  type NodeValues,
} from './types';

export const METRICS: Record<MetricId, MetricDefinition> = {
  degree: { id: 'degree', label: 'Degree', kind: 'numeric', compute: computeDegree },
  inDegree: { id: 'inDegree', label: 'In-degree', kind: 'numeric', compute: computeInDegree },
  outDegree: { id: 'outDegree', label: 'Out-degree', kind: 'numeric', compute: computeOutDegree },
  weightedDegree: {
    id: 'weightedDegree',
    label: 'Weighted degree',
    kind: 'numeric',
    compute: (graph, options) => computeWeightedDegree(graph, options),
  },
  betweenness: {
    id: 'betweenness',
    label: 'Betweenness',
    kind: 'numeric',
    compute: (graph) => computeBetweenness(graph),
  },
  pagerank: {
    id: 'pagerank',
    label: 'PageRank',
    kind: 'numeric',
    compute: (graph) => computePagerank(graph),
  },
  louvain: {
    id: 'louvain',
    label: 'Louvain community',
    kind: 'categorical',
    compute: (graph, options) => computeLouvain(graph, options),
  },
};

export interface ComputeOptions {
  /**
   * The edge attribute the weighted metrics (weighted degree, Louvain) read: a name, null for none (unweighted), or
   * undefined for the graph's own "weight" attribute if it has one (see findWeightAttribute).
   */
  weightAttribute?: string | null;
}

/** The options each metric is computed with: the weight attribute resolved once. */
export function resolveMetricOptions(graph: Graph, options: ComputeOptions = {}): MetricOptions {
  const weightAttribute = resolveWeightAttribute(graph, options.weightAttribute);
  return weightAttribute ? { weightAttribute } : {};
}

/** Computes the given metrics (each once, in the given order). */
export function computeMetrics(
  graph: Graph,
  ids: readonly MetricId[],
  options: ComputeOptions = {},
): MetricResults {
  const resolved = resolveMetricOptions(graph, options);
  const results: MetricResults = {};
  for (const id of ids) results[id] ??= METRICS[id].compute(graph, resolved);
  return results;
}

/** Computes every registered metric. */
export function computeAllMetrics(graph: Graph, options: ComputeOptions = {}): Record<MetricId, NodeValues> {
  return computeMetrics(graph, METRIC_IDS, options) as Record<MetricId, NodeValues>;
}

/**
 * The metrics that say something about this graph: in- and out-degree only when it has directed edges (in an
 * undirected graph they are 0 everywhere), weighted degree only when it has weights (else it equals the degree).
 */
export function applicableMetrics(graph: Graph, options: ComputeOptions = {}): MetricId[] {
  const weighted = resolveMetricOptions(graph, options).weightAttribute !== undefined;
  return METRIC_IDS.filter((id) => {
    if (id === 'inDegree' || id === 'outDegree') return graph.directedSize > 0;
    if (id === 'weightedDegree') return weighted;
    return true;
  });
}
