// Types shared by the structural metrics: metric ids, per-node values and the registry entry shape.
import type Graph from 'graphology';

/** A metric's value for every node of the graph: node key -> number. */
export type NodeValues = Record<string, number>;

export const METRIC_IDS = [
  'degree',
  'inDegree',
  'outDegree',
  'weightedDegree',
  'betweenness',
  'pagerank',
  'louvain',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

/** 'numeric' values are magnitudes (size scale); 'categorical' values are ids (colour scale). */
export type MetricKind = 'numeric' | 'categorical';

export interface MetricOptions {
  /** The edge attribute holding weights, for the weighted metrics (weighted degree, Louvain); none: unweighted. */
  weightAttribute?: string;
}

export interface MetricDefinition {
  id: MetricId;
  label: string;
  kind: MetricKind;
  /** Pure: reads the graph, never mutates it. */
  compute(graph: Graph, options?: MetricOptions): NodeValues;
}

/** Results of several metrics, keyed by metric id. */
export type MetricResults = Partial<Record<MetricId, NodeValues>>;

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && (METRIC_IDS as readonly string[]).includes(value);
}
