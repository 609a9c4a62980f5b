// Unit tests of Louvain communities: two bridged triangles give two communities, deterministically, ids renumbered.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeLouvain, renumberCommunities } from '../../../src/model/metrics/louvain';
import { makeBridgedTriangles } from './graphs';

describe('computeLouvain', () => {
  it('finds the two triangles of a directed multigraph as two communities', () => {
    const values = computeLouvain(makeBridgedTriangles());
    expect(new Set(Object.values(values)).size).toBe(2);
    expect(values.a2).toBe(values.a1);
    expect(values.a3).toBe(values.a1);
    expect(values.b2).toBe(values.b1);
    expect(values.b3).toBe(values.b1);
    expect(values.a1).not.toBe(values.b1);
    expect(values.a1).toBe(0);
  });

  it('is deterministic for a seed and does not mutate the graph', () => {
    const graph = makeBridgedTriangles();
    const before = JSON.stringify(graph.export());
    expect(computeLouvain(graph, { seed: 7 })).toEqual(computeLouvain(graph, { seed: 7 }));
    expect(computeLouvain(graph)).toEqual(computeLouvain(graph));
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('puts isolated nodes in their own communities, and returns {} for an empty graph', () => {
    expect(computeLouvain(new Graph())).toEqual({});
    const graph = new Graph();
    graph.addNode('x');
    graph.addNode('y');
    expect(computeLouvain(graph)).toEqual({ x: 0, y: 1 });
  });
});

describe('renumberCommunities', () => {
  it('numbers the biggest community 0, ties by first member', () => {
    expect(renumberCommunities(['a', 'b', 'c', 'd'], { a: 5, b: 9, c: 9, d: 7 })).toEqual({
      a: 1,
      b: 0,
      c: 0,
      d: 2,
    });
  });
});
