// indexParallelEdges: the numbering of edges that share their pair of nodes, on tiny serialized graphs.
import { describe, expect, it } from 'vitest';
import type { SerializedEdge } from 'graphology-types';
import { indexParallelEdges, planParallelEdges } from '../../../src/model/parallelEdges';

const edge = (source: string, target: string): SerializedEdge => ({ source, target });
const indices = (edges: SerializedEdge[]) =>
  edges.map((e) => [
    e.attributes?.parallelIndex,
    e.attributes?.parallelMinIndex,
    e.attributes?.parallelMaxIndex,
  ]);

describe('indexParallelEdges', () => {
  it('leaves edges alone on their pair untouched', () => {
    const edges = [edge('a', 'b'), { ...edge('b', 'c'), attributes: { relation: 'r' } }];
    indexParallelEdges({ edges });
    expect(edges).toEqual([edge('a', 'b'), { ...edge('b', 'c'), attributes: { relation: 'r' } }]);
  });

  it('spreads k edges in one direction symmetrically around zero', () => {
    const three = [edge('a', 'b'), edge('a', 'b'), edge('a', 'b')];
    indexParallelEdges({ edges: three });
    expect(indices(three)).toEqual([
      [-1, -1, 1],
      [0, -1, 1],
      [1, -1, 1],
    ]);
    const two = [edge('x', 'y'), { ...edge('x', 'y'), attributes: { w: 2 } }];
    indexParallelEdges({ edges: two });
    expect(indices(two)).toEqual([
      [-0.5, -0.5, 0.5],
      [0.5, -0.5, 0.5],
    ]);
    expect(two[1]!.attributes?.w).toBe(2);
  });

  it('numbers each direction 1…k when both directions are present', () => {
    const edges = [edge('a', 'b'), edge('b', 'a'), edge('b', 'a')];
    indexParallelEdges({ edges });
    expect(indices(edges)).toEqual([
      [1, undefined, 1],
      [1, undefined, 2],
      [2, undefined, 2],
    ]);
  });

  it('does not confuse pairs whose keys concatenate alike', () => {
    const edges = [edge('ab', 'c'), edge('a', 'bc')];
    indexParallelEdges({ edges });
    expect(indices(edges)).toEqual([
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
  });

  it('numbers random multigraphs (loops, both directions) as a plain pair-by-pair count does', () => {
    // The rule, written the slow way: count each ordered pair, then number each pair's edges in edge order.
    const expected = (edges: SerializedEdge[]) => {
      const pair = (s: string, t: string) => JSON.stringify([s, t]);
      const counts = new Map<string, number>();
      for (const { source, target } of edges)
        counts.set(pair(source, target), (counts.get(pair(source, target)) ?? 0) + 1);
      const numbered = new Map<string, number>();
      return edges.map(({ source, target }) => {
        const one = counts.get(pair(source, target))!;
        const both = source === target ? one : one + (counts.get(pair(target, source)) ?? 0);
        if (both === 1) return [undefined, undefined, undefined];
        const index = numbered.get(pair(source, target)) ?? 0;
        numbered.set(pair(source, target), index + 1);
        if (one === 1) return [1, undefined, 1];
        if (one === both) return [index - (one - 1) / 2, -(one - 1) / 2, (one - 1) / 2];
        return [index + 1, undefined, one];
      });
    };
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 20; round++) {
      const nodes = 2 + random(6);
      const edges = Array.from({ length: random(40) }, () => edge(`n${random(nodes)}`, `n${random(nodes)}`));
      const want = expected(edges);
      indexParallelEdges({ edges });
      expect(indices(edges)).toEqual(want);
    }
  });
});

describe('planParallelEdges: whether the edges fit a simple graph', () => {
  const fits = (pairs: [string, string][]) => {
    const plan = planParallelEdges(pairs.map(([source, target]) => edge(source, target)));
    return (['directed', 'undirected', 'mixed'] as const).map((type) => plan.fitsSimpleGraph(type));
  };

  it('fits every type when no two edges share their pair of nodes (self-loops included)', () => {
    expect(
      fits([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'c'],
      ]),
    ).toEqual([true, true, true]);
    expect(fits([])).toEqual([true, true, true]);
  });

  it('fits only a directed graph when two edges join the same nodes in opposite directions', () => {
    expect(
      fits([
        ['a', 'b'],
        ['b', 'a'],
      ]),
    ).toEqual([true, false, false]);
  });

  it('fits no simple graph when two edges go the same way, or two loops sit on one node', () => {
    expect(
      fits([
        ['a', 'b'],
        ['c', 'd'],
        ['a', 'b'],
      ]),
    ).toEqual([false, false, false]);
    expect(
      fits([
        ['c', 'c'],
        ['c', 'c'],
      ]),
    ).toEqual([false, false, false]);
  });
});
