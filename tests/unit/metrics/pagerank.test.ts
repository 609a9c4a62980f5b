// Unit tests of PageRank: uniform on a symmetric cycle, sums to 1, parallel edges weigh as summed weights.
import Graph from 'graphology';
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import { collapseToSimpleGraph } from '../../../src/model/metrics/collapseToSimpleGraph';
import { computePagerank } from '../../../src/model/metrics/pagerank';
import { makeBridgedTriangles, makeCycle, makeStar } from './graphs';

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

describe('computePagerank', () => {
  it('is uniform 1/n on a directed cycle and sums to 1', () => {
    const values = computePagerank(makeCycle(5));
    for (const value of Object.values(values)) expect(value).toBeCloseTo(1 / 5, 6);
    expect(sum(values)).toBeCloseTo(1, 6);
  });

  it('ranks the target of every edge highest in an inward star', () => {
    const star = new Graph({ type: 'directed' });
    star.addNode('centre');
    for (const leaf of ['x', 'y', 'z']) {
      star.addNode(leaf);
      star.addEdge(leaf, 'centre');
    }
    const values = computePagerank(star);
    expect(values.centre).toBeGreaterThan(values.x ?? 1);
    expect(sum(values)).toBeCloseTo(1, 6);
  });

  it('accepts a multigraph: parallel edges weigh like one edge of summed weight', () => {
    const graph = makeBridgedTriangles();
    const collapsed = collapseToSimpleGraph(graph, 'directed');
    const expected = pagerankCentrality(collapsed, {
      getEdgeWeight: 'weight',
      tolerance: 1e-9,
      maxIterations: 1000,
    });
    const values = computePagerank(graph);
    for (const node of graph.nodes()) expect(values[node]).toBeCloseTo(expected[node] ?? NaN, 6);
    expect(sum(values)).toBeCloseTo(1, 6);
  });

  it('handles undirected and empty graphs', () => {
    expect(computePagerank(new Graph())).toEqual({});
    const values = computePagerank(makeStar(3));
    expect(sum(values)).toBeCloseTo(1, 6);
    expect(values.centre).toBeGreaterThan(values.leaf1 ?? 1);
  });
});
