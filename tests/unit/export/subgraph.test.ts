// makeSubgraph: the visible nodes and edges of a graph, copied into a new graph with the same options.
import Graph, { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { makeSubgraph } from '../../../src/model/subgraph';

function makeGraph() {
  const graph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.mergeAttributes({ name: 'g' });
  for (const [key, kind] of [
    ['a', 'x'],
    ['b', 'y'],
    ['c', 'x'],
  ] as const) {
    graph.addNode(key, { kind, tags: [key] });
  }
  graph.addDirectedEdgeWithKey('ab', 'a', 'b', { relation: 'r' });
  graph.addUndirectedEdgeWithKey('ac', 'a', 'c', { relation: 's' });
  graph.addDirectedEdgeWithKey('ac2', 'a', 'c', { relation: 'r' });
  return graph;
}

describe('makeSubgraph', () => {
  it('keeps visible nodes, and visible edges whose ends are both visible', () => {
    const graph = makeGraph();
    const sub = makeSubgraph(
      graph,
      (_key, attributes) => attributes.kind === 'x',
      (_key, attributes) => attributes.relation === 's',
    );
    expect(sub.nodes()).toEqual(['a', 'c']);
    expect(sub.edges()).toEqual(['ac']);
    expect(sub.isUndirected('ac')).toBe(true);
    expect(sub.getAttributes()).toEqual({ name: 'g' });
    expect(sub.type).toBe('mixed');
    expect(sub.multi).toBe(true);
    expect(sub.allowSelfLoops).toBe(false);
  });

  it('shows every edge between visible nodes by default, and copies attribute objects', () => {
    const graph = makeGraph();
    const sub = makeSubgraph(graph, () => true);
    expect(sub.size).toBe(3);
    expect(sub.getNodeAttributes('a')).toEqual(graph.getNodeAttributes('a'));
    sub.setNodeAttribute('a', 'kind', 'changed');
    expect(graph.getNodeAttribute('a', 'kind')).toBe('x');
    expect(graph.order).toBe(3);
  });

  it('works for simple directed graphs and empty selections', () => {
    const graph = new Graph({ type: 'directed' });
    graph.mergeEdge('a', 'b');
    expect(makeSubgraph(graph, (key) => key === 'a').order).toBe(1);
    expect(makeSubgraph(graph, () => false).order).toBe(0);
    expect(makeSubgraph(graph, () => true).type).toBe('directed');
  });
});
