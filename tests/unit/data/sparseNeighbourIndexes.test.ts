// makeNeighbourIndexesSparse: a small graph with numeric keys gets dictionary neighbour indexes, and behaves the same.
import { setFlagsFromString } from 'node:v8';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { assembleGraph } from '../../../src/data/graphAssembler';
import {
  makeNeighbourIndexesSparse,
  SPARSE_NEIGHBOURS_MAX_ORDER,
} from '../../../src/data/sparseNeighbourIndexes';

setFlagsFromString('--allow-natives-syntax');
// Compiled after the flag is set, so V8 accepts its intrinsic.
const hasDictionaryElements = new Function('object', 'return %HasDictionaryElements(object)') as (
  object: object,
) => boolean;

interface NodeEntry {
  in: object;
  out: object;
  undirected: object;
}
const entryOf = (graph: Graph, key: string) =>
  (graph as unknown as { _nodes: Map<string, NodeEntry> })._nodes.get(key)!;

function makeNumericGraph(order: number, type: 'directed' | 'mixed' = 'directed') {
  const graph = new Graph({ type, multi: true, allowSelfLoops: true });
  for (let i = 0; i < order; i++) graph.addNode(String(i));
  return graph;
}

describe('makeNeighbourIndexesSparse', () => {
  it('gives a young neighbour index a dictionary, where V8 would otherwise give it a dense store as long as the key', () => {
    const plain = makeNumericGraph(1000);
    plain.addEdge('0', '999');
    expect(hasDictionaryElements(entryOf(plain, '0').out)).toBe(false);

    const sparse = makeNumericGraph(1000);
    expect(makeNeighbourIndexesSparse(sparse)).toBe(true);
    sparse.addEdge('0', '999');
    sparse.addEdge('0', '5');
    expect(hasDictionaryElements(entryOf(sparse, '0').out)).toBe(true);
    expect(hasDictionaryElements(entryOf(sparse, '999').in)).toBe(true);
  });

  it('leaves nothing behind: neighbours, degrees and edges are those of a graph built without it', () => {
    const plain = makeNumericGraph(20, 'mixed');
    const sparse = makeNumericGraph(20, 'mixed');
    makeNeighbourIndexesSparse(sparse);
    for (const graph of [plain, sparse]) {
      graph.addDirectedEdgeWithKey('a', '3', '17');
      graph.addUndirectedEdgeWithKey('b', '17', '4');
      graph.addDirectedEdgeWithKey('c', '4', '4');
    }
    expect(sparse.export()).toEqual(plain.export());
    for (const key of ['3', '4', '17']) {
      expect(sparse.neighbors(key)).toEqual(plain.neighbors(key));
      expect(sparse.degree(key)).toBe(plain.degree(key));
    }
    expect(Object.keys(entryOf(sparse, '17').in)).toEqual(['3']);
  });

  it('does nothing without numeric keys, once edges exist, or above the size where it pays', () => {
    const named = new Graph();
    named.addNode('leader:a');
    expect(makeNeighbourIndexesSparse(named)).toBe(false);

    const withEdges = makeNumericGraph(3);
    withEdges.addEdge('0', '1');
    expect(makeNeighbourIndexesSparse(withEdges)).toBe(false);

    expect(makeNeighbourIndexesSparse(makeNumericGraph(SPARSE_NEIGHBOURS_MAX_ORDER + 1))).toBe(false);
    expect(makeNeighbourIndexesSparse(new Graph())).toBe(false);
  });

  it('is applied by the assembler before the first edges', () => {
    const serialized = makeNumericGraph(50).export();
    serialized.edges = [{ source: '1', target: '40' }];
    const graph = assembleGraph(serialized);
    expect(hasDictionaryElements(entryOf(graph, '1').out)).toBe(true);
    expect(graph.hasDirectedEdge('1', '40')).toBe(true);
  });
});
