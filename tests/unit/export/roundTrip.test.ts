// Export → import round trips of the real YRD graph in every format, and of a filtered subgraph.
import type Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { exportEdgesCsv, exportNodesCsv } from '../../../src/data/export/exportCsv';
import { exportGexf } from '../../../src/data/export/exportGexf';
import { exportGraphml } from '../../../src/data/export/exportGraphml';
import { exportJson } from '../../../src/data/export/exportJson';
import { importGraph } from '../../../src/data/import/importGraph';
import type { ImportResult } from '../../../src/data/import/importTypes';
import { makeSubgraph } from '../../../src/model/subgraph';
import { decodeJsonText, loadYrdGraph } from './yrdGraph';

const yrd = loadYrdGraph();

function expectSameStructure(result: ImportResult, graph: Graph) {
  expect(result.stats).toEqual({ nodes: graph.order, edges: graph.size });
  expect(result.serialized.nodes.map((node) => node.key)).toEqual(graph.nodes());
  expect(
    result.serialized.edges.map((edge) => [edge.key, edge.source, edge.target, edge.undirected === true]),
  ).toEqual(
    graph.mapEdges((key, _a, source, target, _s, _t, undirected) => [key, source, target, undirected]),
  );
  expect(result.hasPositions).toBe(true);
  expect(result.serialized.options.type).toBe(graph.type);
}

/** Every attribute comes back equal, or (for lists and objects) as its JSON text. */
function expectSameAttributes(result: ImportResult, graph: Graph) {
  for (const node of result.serialized.nodes) {
    const original = graph.getNodeAttributes(node.key);
    const imported = node.attributes ?? {};
    expect(Object.keys(imported).sort()).toEqual(Object.keys(original).sort());
    for (const [name, value] of Object.entries(original))
      expect(decodeJsonText(imported[name])).toEqual(value);
  }
  for (const edge of result.serialized.edges) {
    const original = graph.getEdgeAttributes(edge.key!);
    const imported = edge.attributes ?? {};
    expect(Object.keys(imported).sort()).toEqual(Object.keys(original).sort());
    for (const [name, value] of Object.entries(original))
      expect(decodeJsonText(imported[name])).toEqual(value);
  }
}

describe('export round trips of the YRD graph', () => {
  it('has the expected shape (8 kinds, evidence lists)', () => {
    expect(yrd.order).toBeGreaterThan(100);
    expect(yrd.someEdge((_e, attributes) => Array.isArray(attributes.evidence))).toBe(true);
  });

  it('JSON: lossless (same nodes, edges and attributes; warnings none)', () => {
    const result = importGraph({ name: 'yrd.json', text: exportJson(yrd) });
    expectSameStructure(result, yrd);
    expect(result.serialized.nodes).toEqual(yrd.export().nodes);
    expect(result.serialized.edges).toEqual(yrd.export().edges);
    expect(result.serialized.attributes).toEqual(yrd.getAttributes());
    expect(result.warnings).toEqual([]);
  });

  it('GEXF: same structure; simple string lists stay arrays, aliases/evidence come back as JSON text', () => {
    const text = exportGexf(yrd);
    const result = importGraph({ name: 'yrd.gexf', text });
    expectSameStructure(result, yrd);
    expectSameAttributes(result, yrd);
    const evidence = result.serialized.edges[0]?.attributes?.evidence;
    expect(typeof evidence).toBe('string');
    expect(decodeJsonText(evidence)).toEqual(yrd.getEdgeAttribute(yrd.edges()[0]!, 'evidence'));
    const aliased = result.serialized.nodes.find((node) => node.key === yrd.nodes()[0]);
    expect(typeof aliased?.attributes?.aliases).toBe('string');
    expect(result.serialized.attributes).toMatchObject({
      name: yrd.getAttribute('name'),
      title: yrd.getAttribute('title'),
    });
    expect(result.warnings).toEqual([]);
  });

  it('GraphML: same structure; lists and objects come back as JSON text', () => {
    const result = importGraph({ name: 'yrd.graphml', text: exportGraphml(yrd) });
    expectSameStructure(result, yrd);
    expectSameAttributes(result, yrd);
    expect(result.serialized.attributes).toEqual(yrd.getAttributes());
    expect(result.warnings).toEqual([]);
  });

  it('CSV (nodes + edges): same structure; numbers stay numbers, lists and objects come back as JSON text', () => {
    const result = importGraph({
      name: 'yrd.edges.csv',
      text: exportEdgesCsv(yrd),
      nodesCsv: { name: 'yrd.nodes.csv', text: exportNodesCsv(yrd) },
    });
    expectSameStructure(result, yrd);
    expectSameAttributes(result, yrd);
    const first = result.serialized.nodes[0]?.attributes ?? {};
    expect(typeof first.x).toBe('number');
    expect(first.label).toBe(yrd.getNodeAttribute(yrd.nodes()[0]!, 'label'));
  });

  it('exports the current, filtered graph through makeSubgraph', () => {
    const visible = makeSubgraph(
      yrd,
      (_key, attributes) => attributes.kind !== 'leader',
      (_key, attributes) => attributes.relation !== 'member_of',
    );
    expect(visible.order).toBeLessThan(yrd.order);
    expect(visible.someNode((_n, attributes) => attributes.kind === 'leader')).toBe(false);
    for (const text of [exportJson(visible), exportGexf(visible), exportGraphml(visible)]) {
      const name = text.startsWith('{') ? 'v.json' : text.includes('<gexf') ? 'v.gexf' : 'v.graphml';
      const result = importGraph({ name, text });
      expect(result.stats).toEqual({ nodes: visible.order, edges: visible.size });
    }
  });
});
