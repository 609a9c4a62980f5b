// The registry of structural metrics (id, label, numeric or categorical, compute) and helpers to run several.
import type Graph from 'graphology';
import { computeBetweenness } from './betweenness';
import { computeDegree, computeInDegree, computeOutDegree } from './degree';
import { computeLouvain } from './louvain';
import { computePagerank } from './pagerank';
import {
  METRIC_IDS,
  type MetricDefinition,
  type MetricId,
  type MetricResults,
  type NodeValues,
} from './types';

export const METRICS: Record<MetricId, MetricDefinition> = {
  degree: { id: 'degree', label: 'Degree', kind: 'numeric', compute: computeDegree },
  inDegree: { id: 'inDegree', label: 'In-degree', kind: 'numeric', compute: computeInDegree },
  outDegree: { id: 'outDegree', label: 'Out-degree', kind: 'numeric', compute: computeOutDegree },
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
    compute: (graph) => computeLouvain(graph),
  },
};

/** Computes the given metrics (each once, in the given order). */
export function computeMetrics(graph: Graph, ids: readonly MetricId[]): MetricResults {
  const results: MetricResults = {};
  for (const id of ids) results[id] ??= METRICS[id].compute(graph);
  return results;
}

/** Computes every registered metric. */
export function computeAllMetrics(graph: Graph): Record<MetricId, NodeValues> {
  return computeMetrics(graph, METRIC_IDS) as Record<MetricId, NodeValues>;
}
