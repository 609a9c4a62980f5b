// Unit tests of the degree metrics: multi-edges counted, in/out split, undirected edges in degree only.
import Graph, { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeDegree, computeInDegree, computeOutDegree } from '../../../src/model/metrics/degree';
import { makeBridgedTriangles } from './graphs';

describe('degree metrics', () => {
  it('counts parallel edges one by one', () => {
    const graph = makeBridgedTriangles();
    expect(computeDegree(graph)).toEqual({ a1: 4, a2: 2, a3: 3, b1: 3, b2: 2, b3: 2 });
    expect(computeInDegree(graph)).toEqual({ a1: 2, a2: 1, a3: 1, b1: 2, b2: 1, b3: 1 });
    expect(computeOutDegree(graph)).toEqual({ a1: 2, a2: 1, a3: 2, b1: 1, b2: 1, b3: 1 });
  });

  it('counts undirected edges of a mixed graph in degree, not in in/out', () => {
    const graph = new MultiGraph({ type: 'mixed' });
    graph.addNode('a');
    graph.addNode('b');
    graph.addDirectedEdge('a', 'b');
    graph.addUndirectedEdge('a', 'b');
    expect(computeDegree(graph)).toEqual({ a: 2, b: 2 });
    expect(computeInDegree(graph)).toEqual({ a: 0, b: 1 });
    expect(computeOutDegree(graph)).toEqual({ a: 1, b: 0 });
  });

  it('gives 0 to isolated nodes and {} for an empty graph', () => {
    const graph = new Graph();
    expect(computeDegree(graph)).toEqual({});
    graph.addNode('alone');
    expect(computeDegree(graph)).toEqual({ alone: 0 });
  });
});
