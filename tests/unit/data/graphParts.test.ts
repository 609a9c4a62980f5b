// splitGraph and createGraphAssembler: a graph sent in parts arrives whole, with its options and attributes.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_OPTIONS } from '../../../src/data/compiledTypes';
import { assembleGraph, createGraphAssembler } from '../../../src/data/graphAssembler';
import { splitGraph } from '../../../src/data/graphParts';

function makeGraph() {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  graph.setAttribute('title', 'Tiny');
  for (const key of ['a', 'b', 'c', 'd', 'e']) graph.addNode(key, { label: key.toUpperCase() });
  graph.addDirectedEdgeWithKey('e1', 'a', 'b', { relation: 'r' });
  graph.addDirectedEdgeWithKey('e2', 'a', 'b');
  graph.addUndirectedEdgeWithKey('e3', 'c', 'd');
  graph.addDirectedEdgeWithKey('e4', 'e', 'e');
  return graph;
}

describe('splitGraph', () => {
  it('yields options and attributes first, then nodes, then edges, in parts of the given size', () => {
    const parts = [...splitGraph(makeGraph().export(), 2)];
    expect(parts.map((p) => Object.keys(p).sort().join('+'))).toEqual([
      'attributes+options',
      'nodes',
      'nodes',
      'nodes',
      'edges',
      'edges',
    ]);
    expect(parts.slice(1, 4).map((p) => p.nodes!.keys.length)).toEqual([2, 2, 1]);
    // Columns: attributes only where there are some, and the direction only when some edge states it.
    expect(parts[4]!.edges).toEqual({
      keys: ['e1', 'e2'],
      sources: ['a', 'a'],
      targets: ['b', 'b'],
      attributes: [{ relation: 'r' }, null],
    });
    expect(parts[5]!.edges!.undirected).toEqual([true, undefined]);
  });
});

describe('createGraphAssembler', () => {
  it('rebuilds the same graph from its parts', () => {
    const original = makeGraph();
    const assembler = createGraphAssembler();
    for (const part of splitGraph(original.export(), 3)) assembler.add(part);
    expect(assembler.added).toBe(9);
    expect(assembler.graph.export()).toEqual(original.export());
    expect(assembleGraph(original.export()).export()).toEqual(original.export());
  });

  it('uses the default options when the parts carry none', () => {
    const assembler = createGraphAssembler();
    assembler.add({
      nodes: { keys: ['a', 'b'], attributes: [null, null] },
      edges: { keys: [undefined], sources: ['a'], targets: ['b'], attributes: [null] },
    });
    expect(assembler.graph.type).toBe(DEFAULT_GRAPH_OPTIONS.type);
    expect(assembler.graph.multi).toBe(true);
    expect(assembler.graph.size).toBe(1);
  });

  it('throws graphology’s error for an edge to a node not sent yet', () => {
    const assembler = createGraphAssembler();
    const edges = { keys: ['e'], sources: ['a'], targets: ['z'], attributes: [null] };
    expect(() => assembler.add({ edges })).toThrow(/"a"/);
  });

  it('adds edges the way graph.import does: keys made when missing, direction from the edge or the graph type', () => {
    const undirected = new Graph({ type: 'undirected' });
    undirected.addNode('a');
    undirected.addNode('b');
    undirected.addEdgeWithKey('ab', 'a', 'b', { w: 1 });
    expect(assembleGraph(undirected.export()).export()).toEqual(undirected.export());
    const serialized = {
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [{ source: 'a', target: 'b', undirected: true }],
    };
    const graph = assembleGraph({ options: { type: 'mixed' }, ...serialized } as never);
    expect(graph.undirectedSize).toBe(1);
    expect(graph.edges()[0]).toBeTruthy();
  });
});
