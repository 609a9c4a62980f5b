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
  /** The edge attribute the weighted metrics read (kept on the posted edges), or null: unweighted. */
  weightAttribute?: string | null;
}

export type MetricsWorkerResponse =
  { id: number; ok: true; results: MetricResults } | { id: number; ok: false; error: string };

/**
 * The graph's structure only (options, node keys, edge ends and direction), plus each edge's `weightAttribute` if
 * given: no other attribute is needed to compute.
 */
export function exportTopology(graph: Graph, weightAttribute?: string): SerializedGraph {
  const serialized = graph.export();
  return {
    options: serialized.options,
    attributes: {},
    nodes: serialized.nodes.map(({ key }) => ({ key })),
    edges: serialized.edges.map(({ source, target, undirected, attributes }) => {
      const edge: SerializedGraph['edges'][number] = undirected
        ? { source, target, undirected }
        : { source, target };
      const weight: unknown = weightAttribute === undefined ? undefined : attributes?.[weightAttribute];
      if (weightAttribute !== undefined && weight !== undefined)
        edge.attributes = { [weightAttribute]: weight };
      return edge;
    }),
  };
}

/** Rebuilds the graph and computes the requested metrics; errors become an { ok: false } response. */
export function handleMetricsRequest(request: MetricsWorkerRequest): MetricsWorkerResponse {
  try {
    const graph = Graph.from(request.graph);
    const ids = request.metrics.filter(isMetricId);
    const weightAttribute = request.weightAttribute ?? null;
    return { id: request.id, ok: true, results: computeMetrics(graph, ids, { weightAttribute }) };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
