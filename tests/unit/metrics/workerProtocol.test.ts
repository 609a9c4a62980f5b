// Unit tests of the metrics worker protocol: topology export and the request handler.
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../src/model/metrics/registry';
import { exportTopology, handleMetricsRequest } from '../../../src/model/metrics/workerProtocol';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('exportTopology', () => {
  it('keeps options, node keys and edge ends, drops attributes', () => {
    const serialized = exportTopology(makeTinyGraph());
    expect(serialized.options).toMatchObject({ type: 'directed', multi: true });
    expect(serialized.nodes[0]).toEqual({ key: 'province/zhejiang' });
    expect(serialized.edges[0]).toEqual({ source: 'province/zhejiang', target: 'region/yrd' });
  });
});

describe('handleMetricsRequest', () => {
  it('rebuilds the graph and computes the same values as the main thread', () => {
    const graph = makeTinyGraph();
    const response = handleMetricsRequest({
      id: 3,
      graph: exportTopology(graph),
      metrics: ['degree', 'pagerank'],
    });
    expect(response).toEqual({
      id: 3,
      ok: true,
      results: { degree: METRICS.degree.compute(graph), pagerank: METRICS.pagerank.compute(graph) },
    });
  });

  it('reports a broken graph as an error response', () => {
    const graph = exportTopology(makeTinyGraph());
    graph.edges.push({ source: 'nowhere', target: 'region/yrd' });
    const response = handleMetricsRequest({ id: 4, graph, metrics: ['degree'] });
    expect(response.ok).toBe(false);
    expect(response.id).toBe(4);
  });
});
