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
    expect(parts.slice(1, 4).map((p) => p.nodes!.length)).toEqual([2, 2, 1]);
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
    assembler.add({ nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] });
    expect(assembler.graph.type).toBe(DEFAULT_GRAPH_OPTIONS.type);
    expect(assembler.graph.multi).toBe(true);
    expect(assembler.graph.size).toBe(1);
  });

  it('throws graphology’s error for an edge to a node not sent yet', () => {
    const assembler = createGraphAssembler();
    expect(() => assembler.add({ edges: [{ source: 'a', target: 'z' }] })).toThrow(/"a"/);
  });
});
