// Unit tests of the ego network: nodes within 1..3 hops, ignoring direction, and argument checks.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { egoNetwork } from '../../../src/model/egoNetwork';
import { makeTinyGraph } from '../helpers/tinyGraph';

/** a -> b <- c -> d -> e, plus the isolated node z. */
function makeChain() {
  const graph = new Graph({ type: 'directed' });
  for (const key of ['a', 'b', 'c', 'd', 'e', 'z']) graph.addNode(key);
  graph.addEdge('a', 'b');
  graph.addEdge('c', 'b');
  graph.addEdge('c', 'd');
  graph.addEdge('d', 'e');
  return graph;
}

const sorted = (set: Set<string>) => [...set].sort();

describe('egoNetwork', () => {
  it('grows hop by hop, following edges either way', () => {
    const graph = makeChain();
    expect(sorted(egoNetwork(graph, 'b', 1))).toEqual(['a', 'b', 'c']);
    expect(sorted(egoNetwork(graph, 'b', 2))).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted(egoNetwork(graph, 'b', 3))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('contains only the node itself when it is isolated', () => {
    expect(sorted(egoNetwork(makeChain(), 'z', 3))).toEqual(['z']);
  });

  it('works on the tiny multigraph: a leader reaches its province and pledges in one hop', () => {
    const ego = egoNetwork(makeTinyGraph(), 'leader/liu-jie', 1);
    expect(sorted(ego)).toEqual([
      'event/symposium',
      'leader/liu-jie',
      'province/zhejiang',
      'theme/common-prosperity',
    ]);
  });

  it('rejects unknown nodes and depths outside 1..3', () => {
    const graph = makeChain();
    expect(() => egoNetwork(graph, 'nope', 1)).toThrow(/unknown node/);
    expect(() => egoNetwork(graph, 'a', 0)).toThrow(RangeError);
    expect(() => egoNetwork(graph, 'a', 4)).toThrow(RangeError);
    expect(() => egoNetwork(graph, 'a', 1.5)).toThrow(RangeError);
  });
});
