// indexParallelEdges: the numbering of edges that share their pair of nodes, on tiny serialized graphs.
import { describe, expect, it } from 'vitest';
import type { SerializedEdge } from 'graphology-types';
import { indexParallelEdges } from '../../../src/model/parallelEdges';

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
});
