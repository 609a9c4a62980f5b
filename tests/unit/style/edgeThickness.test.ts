// Unit tests of edge thickness from weights, and of the edge reducer drawing it.
import { MultiDirectedGraph, MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../../src/model/filters/visibility';
import { makeEdgeThickness } from '../../../src/style/edgeThickness';
import { makeEdgeReducer } from '../../../src/style/reducers';

const RANGE = { min: 1, max: 6 };

function makeWeighted() {
  const graph = new MultiDirectedGraph();
  graph.addNode('a');
  graph.addNode('b');
  graph.addEdgeWithKey('light', 'a', 'b', { weight: 2 });
  graph.addEdgeWithKey('heavy', 'a', 'b', { weight: 12 });
  graph.addEdgeWithKey('middle', 'b', 'a', { weight: 7 });
  graph.addEdgeWithKey('none', 'b', 'a', { weight: 'n/a' });
  return graph;
}

describe('makeEdgeThickness', () => {
  const graph = makeWeighted();
  const thickness = makeEdgeThickness(graph, 'weight', RANGE)!;

  it('maps the weights linearly onto the width range', () => {
    const width = (edge: string) => thickness(graph.getEdgeAttributes(edge));
    expect(['light', 'middle', 'heavy'].map(width)).toEqual([1, 3.5, 6]);
  });

  it('gives an edge without a usable weight the thinnest width', () => {
    expect(thickness(graph.getEdgeAttributes('none'))).toBe(1);
    expect(thickness({ weight: -3 })).toBe(1);
  });

  it('draws equal weights alike, and nothing when no edge has a weight', () => {
    const flat = new MultiDirectedGraph();
    flat.addNode('a');
    flat.addEdge('a', 'a', { weight: 4 });
    expect(makeEdgeThickness(flat, 'weight', RANGE)!({ weight: 4 })).toBe(1);
    expect(makeEdgeThickness(graph, 'strength', RANGE)).toBeNull();
  });

  it('is what the edge reducer draws, wider when highlighted', () => {
    const input = {
      graph,
      looks: new Map(),
      visibility: computeVisibility(graph, []),
      selectedNode: null,
      selectedEdge: 'heavy',
      hoveredNode: null,
    };
    const plain = makeEdgeReducer({ ...input, focus: null, edgeThickness: thickness });
    expect(plain('heavy', { ...graph.getEdgeAttributes('heavy') }).size).toBe(6);
    expect(
      makeEdgeReducer({ ...input, focus: null })('heavy', { ...graph.getEdgeAttributes('heavy') }).size,
    ).toBe(1);
    const focus = { nodes: new Set(['a', 'b']), edges: new Set(['heavy']), centre: null, labelEdges: false };
    const focused = makeEdgeReducer({ ...input, focus, edgeThickness: thickness });
    expect(focused('heavy', { ...graph.getEdgeAttributes('heavy') }).size).toBe(8);
  });

  it('draws weighted undirected edges as rectangles (a line is always one pixel), unweighted ones as lines', () => {
    const undirected = new MultiUndirectedGraph();
    undirected.addNode('a');
    undirected.addNode('b');
    undirected.addEdgeWithKey('ab', 'a', 'b', { weight: 3 });
    const input = {
      graph: undirected,
      looks: new Map(),
      visibility: computeVisibility(undirected, []),
      focus: null,
      selectedNode: null,
      selectedEdge: null,
      hoveredNode: null,
    };
    const widths = makeEdgeThickness(undirected, 'weight', RANGE);
    expect(makeEdgeReducer({ ...input, edgeThickness: widths })('ab', { weight: 3 }).type).toBe('rectangle');
    expect(makeEdgeReducer(input)('ab', { weight: 3 }).type).toBe('line');
  });
});
