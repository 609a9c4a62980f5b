// Unit tests of collapsing a multigraph to a simple weighted graph (directed or undirected view).
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { collapseToSimpleGraph } from '../../../src/model/metrics/collapseToSimpleGraph';

function makeMulti() {
  const graph = new MultiGraph({ type: 'mixed' });
  for (const key of ['a', 'b', 'c']) graph.addNode(key, { label: key });
  graph.addDirectedEdge('a', 'b');
  graph.addDirectedEdge('a', 'b');
  graph.addDirectedEdge('b', 'a');
  graph.addUndirectedEdge('b', 'c');
  return graph;
}

describe('collapseToSimpleGraph', () => {
  it('sums parallel edges per unordered pair in the undirected view', () => {
    const simple = collapseToSimpleGraph(makeMulti(), 'undirected');
    expect(simple.type).toBe('undirected');
    expect(simple.multi).toBe(false);
    expect(simple.size).toBe(2);
    expect(simple.getEdgeAttribute('a', 'b', 'weight')).toBe(3);
    expect(simple.getEdgeAttribute('c', 'b', 'weight')).toBe(1);
  });

  it('keeps directions in the directed view; undirected edges go both ways', () => {
    const simple = collapseToSimpleGraph(makeMulti(), 'directed');
    expect(simple.getEdgeAttribute('a', 'b', 'weight')).toBe(2);
    expect(simple.getEdgeAttribute('b', 'a', 'weight')).toBe(1);
    expect(simple.hasEdge('b', 'c') && simple.hasEdge('c', 'b')).toBe(true);
  });

  it('leaves the input untouched and copies no attributes', () => {
    const graph = makeMulti();
    const simple = collapseToSimpleGraph(graph, 'undirected');
    expect(graph.size).toBe(4);
    expect(simple.getNodeAttributes('a')).toEqual({});
  });
});
