// Messages between the app and the metrics worker, and the handler that computes a request off a serialized graph.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { computeMetrics } from './registry';
import { isMetricId, type MetricId, type MetricResults } from './types';

export interface MetricsWorkerRequest {
  /** Echoed in the response so a caller can match it. */
  id: number;
  graph: SerializedGraph;
  metrics: MetricId[];
}

export type MetricsWorkerResponse =
  { id: number; ok: true; results: MetricResults } | { id: number; ok: false; error: string };

/** The graph's structure only (options, node keys, edge ends and direction): attributes are not needed to compute. */
export function exportTopology(graph: Graph): SerializedGraph {
  const serialized = graph.export();
  return {
    options: serialized.options,
    attributes: {},
    nodes: serialized.nodes.map(({ key }) => ({ key })),
    edges: serialized.edges.map(({ source, target, undirected }) =>
      undirected ? { source, target, undirected } : { source, target },
    ),
  };
}

/** Rebuilds the graph and computes the requested metrics; errors become an { ok: false } response. */
export function handleMetricsRequest(request: MetricsWorkerRequest): MetricsWorkerResponse {
  try {
    const graph = Graph.from(request.graph);
    const ids = request.metrics.filter(isMetricId);
    return { id: request.id, ok: true, results: computeMetrics(graph, ids) };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
