// edgeTypesOf: sigma is given only the edge programs a graph can use (each one costs a shader compile at start).
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { indexParallelEdges } from '../../../src/model/parallelEdges';
import {
  EDGE_TYPES,
  edgeTypesOf,
  highlightedEdgeTypeOf,
  SIGMA_DEFAULT_EDGE_TYPES,
  type EdgeType,
} from '../../../src/style/edgeTypes';
import { makeEdgeReducer } from '../../../src/style/reducers';
import { DEFAULT_SETTINGS } from '../../../src/style/settings';

const SETTINGS = { lineEdgesAbove: 100 };

describe('edgeTypesOf', () => {
  it('gives a directed graph arrows only, and curves only when two edges join the same nodes', () => {
    const graph = new Graph({ multi: true, type: 'directed' });
    graph.mergeNode('a');
    graph.mergeNode('b');
    graph.mergeNode('c');
    graph.addEdgeWithKey('ab', 'a', 'b');
    graph.addEdgeWithKey('bc', 'b', 'c');
    expect(edgeTypesOf(graph, SETTINGS)).toEqual(['arrow']);
    const serialized = graph.export();
    serialized.edges.push({ key: 'ab2', source: 'a', target: 'b' });
    indexParallelEdges(serialized);
    expect(edgeTypesOf(Graph.from(serialized), SETTINGS)).toEqual(['arrow', 'curved']);
  });

  it('curves the two directions of a pair in a simple directed graph too', () => {
    const graph = new Graph({ type: 'directed' });
    graph.mergeEdge('a', 'b');
    graph.mergeEdge('b', 'a');
    const serialized = graph.export();
    indexParallelEdges(serialized);
    // Both directions are curved apart; no edge is left straight.
    expect(edgeTypesOf(Graph.from(serialized), SETTINGS)).toEqual(['curved']);
  });

  it('gives undirected edges lines and the rectangles that show weights; a large graph lines', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.mergeEdge('a', 'b');
    expect(edgeTypesOf(graph, SETTINGS)).toEqual(['line', 'rectangle']);
    const directed = new Graph();
    directed.mergeEdge('a', 'b');
    directed.mergeEdge('b', 'c');
    // A large directed graph: no arrows, which sigma would draw under the lines (highlightedEdgeTypeOf).
    expect(edgeTypesOf(directed, { lineEdgesAbove: 1 })).toEqual(['line', 'curved']);
  });

  it("draws a large graph's highlighted edges after its plain lines, in the order sigma really draws programs", () => {
    // sigma registers its default programs first, then the others in the order given (EDGE_TYPES).
    const drawOrder = [
      ...SIGMA_DEFAULT_EDGE_TYPES,
      ...EDGE_TYPES.filter((type) => !(SIGMA_DEFAULT_EDGE_TYPES as readonly string[]).includes(type)),
    ];
    for (const type of ['directed', 'undirected', 'mixed'] as const) {
      const graph = new Graph({ multi: true, type });
      for (const node of ['a', 'b', 'c']) graph.addNode(node);
      graph.addEdgeWithKey('ab', 'a', 'b');
      graph.addEdgeWithKey('bc', 'b', 'c');
      graph.addEdgeWithKey('bc2', 'b', 'c', { parallelIndex: 1, parallelMaxIndex: 1 });
      const settings = { ...DEFAULT_SETTINGS, lineEdgesAbove: 1 };
      const registered = edgeTypesOf(graph, settings);
      const reducer = makeEdgeReducer({
        graph,
        looks: new Map(),
        visibility: { isNodeVisible: () => true, isEdgeVisible: () => true } as never,
        focus: { nodes: new Set(['a', 'b', 'c']), edges: null, centre: 'b', labelEdges: true },
        selectedNode: 'b',
        selectedEdge: null,
        hoveredNode: null,
        settings,
      });
      graph.forEachEdge((edge, attributes) => {
        const drawn = reducer(edge, { ...attributes }).type!;
        expect(registered).toContain(drawn);
        expect(drawOrder.indexOf(drawn as EdgeType)).toBeGreaterThan(drawOrder.indexOf('line'));
      });
      expect(highlightedEdgeTypeOf(graph, 'ab', {})).toBe(type === 'undirected' ? 'rectangle' : 'curved');
    }
  });

  it('covers every type the edge reducer gives, hidden edges included', () => {
    const graph = new Graph({ multi: true, type: 'mixed' });
    graph.mergeNode('a');
    graph.mergeNode('b');
    graph.addDirectedEdgeWithKey('d', 'a', 'b');
    graph.addUndirectedEdgeWithKey('u', 'a', 'b');
    const registered = edgeTypesOf(graph, SETTINGS);
    for (const hidden of [false, true]) {
      const reducer = makeEdgeReducer({
        graph,
        looks: new Map(),
        visibility: { isNodeVisible: () => !hidden, isEdgeVisible: () => !hidden } as never,
        focus: null,
        selectedNode: null,
        selectedEdge: null,
        hoveredNode: null,
        settings: DEFAULT_SETTINGS,
      });
      graph.forEachEdge((edge, attributes) => expect(registered).toContain(reducer(edge, attributes).type));
    }
  });

  it('stops reading edges once it has found every type the graph can have', () => {
    const graph = new Graph({ multi: true, type: 'directed' });
    graph.mergeNode('a');
    graph.mergeNode('b');
    graph.mergeNode('c');
    graph.addEdgeWithKey('ab', 'a', 'b', { parallelIndex: -0.5, parallelMaxIndex: 0.5 });
    graph.addEdgeWithKey('ab2', 'a', 'b', { parallelIndex: 0.5, parallelMaxIndex: 0.5 });
    graph.addEdgeWithKey('bc', 'b', 'c');
    let reads = 0;
    const late = {};
    Object.defineProperty(late, 'parallelIndex', { enumerable: true, get: () => (reads++, undefined) });
    graph.addEdgeWithKey('ca', 'c', 'a', late);
    // The graph keeps the attribute object, so a read of the last edge would be counted.
    void graph.getEdgeAttributes('ca').parallelIndex;
    expect(reads).toBe(1);
    expect(edgeTypesOf(graph, SETTINGS)).toEqual(['arrow', 'curved']);
    expect(reads).toBe(1);
  });
});
