// Unit tests of normalized betweenness: star centre 1, path middle 1, undirected by default, directed on demand.
import { describe, expect, it } from 'vitest';
import { computeBetweenness } from '../../../src/model/metrics/betweenness';
import { makeBridgedTriangles, makePath, makeStar } from './graphs';

describe('computeBetweenness', () => {
  it('gives the centre of a star 1 and its leaves 0', () => {
    const values = computeBetweenness(makeStar(5));
    expect(values.centre).toBeCloseTo(1);
    for (let i = 1; i <= 5; i++) expect(values[`leaf${i}`]).toBe(0);
  });

  it('reads a directed star as undirected by default, and as directed on demand', () => {
    const star = makeStar(4, 'directed');
    expect(computeBetweenness(star).centre).toBeCloseTo(1);
    expect(computeBetweenness(star, { directed: true }).centre).toBe(0);
  });

  it('gives the middle of the path a-b-c 1 undirected, 0.5 directed (only a -> c of 2 ordered pairs)', () => {
    expect(computeBetweenness(makePath())).toEqual({ a: 0, b: 1, c: 0 });
    expect(computeBetweenness(makePath(), { directed: true })).toEqual({ a: 0, b: 0.5, c: 0 });
  });

  it('puts the bridge ends of two triangles on top, and does not mutate the graph', () => {
    const graph = makeBridgedTriangles();
    const before = JSON.stringify(graph.export());
    const values = computeBetweenness(graph);
    // a1 lies on every shortest path between {a2, a3} and {b1, b2, b3}: 6 pairs, both ways, over 5 × 4 → 0.6.
    expect(values.a1).toBeCloseTo(0.6);
    expect(values.b1).toBeCloseTo(0.6);
    expect(values.a2).toBe(0);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
