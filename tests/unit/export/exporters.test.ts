// Unit tests of each exporter: CSV quoting and columns, GraphML typing/escaping/directions, GEXF lists and viz, names.
import Graph, { MultiGraph } from 'graphology';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportEdgesCsv, exportNodesCsv } from '../../../src/data/export/exportCsv';
import { EXPORT_FORMATS, makeDownloadName } from '../../../src/data/export/exportFormats';
import { exportGexf } from '../../../src/data/export/exportGexf';
import { exportGraphml } from '../../../src/data/export/exportGraphml';
import { exportJson } from '../../../src/data/export/exportJson';
import { importGraph } from '../../../src/data/import/importGraph';

function makeMixedGraph(): MultiGraph {
  const graph = new MultiGraph({ type: 'mixed' });
  graph.mergeAttributes({ name: 'demo', year: 2025 });
  graph.addNode('a', {
    label: 'Alpha, "the first"',
    x: 1.5,
    y: -2,
    size: 3,
    color: '#ff0000',
    rank: 1,
    tags: ['p', 'q'],
  });
  graph.addNode('b', {
    label: 'Line\nbreak & <tag>',
    x: 0,
    y: 0,
    rank: 2.5,
    active: true,
    source: 'wiki',
    key: 'k',
  });
  graph.addNode('c', { label: '=SUM(A1)', x: 3, y: 4, meta: { nested: ['x'] }, bad: '\u0001ctrl' });
  graph.addDirectedEdgeWithKey('ab', 'a', 'b', {
    relation: 'knows',
    weight: 2,
    evidence: [{ paragraph: 1, quote: 'q, "x"' }],
  });
  graph.addUndirectedEdgeWithKey('bc', 'b', 'c', { relation: 'near' });
  graph.addDirectedEdgeWithKey('cc', 'c', 'c', {});
  return graph;
}

describe('CSV exports', () => {
  it('writes a nodes table with key, the union of attribute names, JSON for lists/objects, and proper quoting', () => {
    const csv = exportNodesCsv(makeMixedGraph());
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]).toEqual([
      'key',
      'label',
      'x',
      'y',
      'size',
      'color',
      'rank',
      'tags',
      'active',
      'source',
      'attr_key',
      'meta',
      'bad',
    ]);
    expect(rows[1]).toEqual([
      'a',
      'Alpha, "the first"',
      '1.5',
      '-2',
      '3',
      '#ff0000',
      '1',
      '["p","q"]',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(rows[2]?.[1]).toBe('Line\nbreak & <tag>');
    expect(rows[3]?.[11]).toBe('{"nested":["x"]}');
    expect(csv).toContain('"Alpha, ""the first"""');
  });

  it('writes an edge list with key, source, target, undirected (mixed graphs only) and attributes', () => {
    const rows = Papa.parse<string[]>(exportEdgesCsv(makeMixedGraph())).data;
    expect(rows[0]).toEqual(['key', 'source', 'target', 'undirected', 'relation', 'weight', 'evidence']);
    expect(rows[1]).toEqual([
      'ab',
      'a',
      'b',
      'false',
      'knows',
      '2',
      '[{"paragraph":1,"quote":"q, \\"x\\""}]',
    ]);
    expect(rows[2]).toEqual(['bc', 'b', 'c', 'true', 'near', '', '']);
    const directed = new Graph({ type: 'directed' });
    directed.mergeEdge('a', 'b');
    expect(exportEdgesCsv(directed).split('\r\n')[0]).toBe('key,source,target');
  });

  it('round-trips through the CSV importer, undirected column included', () => {
    const graph = makeMixedGraph();
    const result = importGraph({
      name: 'e.csv',
      text: exportEdgesCsv(graph),
      nodesCsv: { name: 'n.csv', text: exportNodesCsv(graph) },
    });
    expect(result.serialized.options.type).toBe('mixed');
    expect(result.serialized.edges.map((edge) => edge.undirected === true)).toEqual([false, true, false]);
    expect(result.serialized.nodes[0]?.attributes).toMatchObject({
      label: 'Alpha, "the first"',
      x: 1.5,
      rank: 1,
    });
  });

  it('can escape spreadsheet formulas on request', () => {
    expect(exportNodesCsv(makeMixedGraph(), { escapeFormulae: true })).toContain("'=SUM(A1)");
    expect(exportNodesCsv(makeMixedGraph())).not.toContain("'=SUM(A1)");
  });
});

describe('GraphML export', () => {
  const text = exportGraphml(makeMixedGraph());

  it('declares typed keys for graph, node and edge attributes', () => {
    expect(text).toContain('<key id="d0" for="graph" attr.name="name" attr.type="string"/>');
    expect(text).toContain('<key id="d1" for="graph" attr.name="year" attr.type="int"/>');
    expect(text).toMatch(/<key id="d\d+" for="node" attr.name="rank" attr.type="double"\/>/);
    expect(text).toMatch(/<key id="d\d+" for="node" attr.name="active" attr.type="boolean"\/>/);
    expect(text).toMatch(/<key id="d\d+" for="node" attr.name="tags" attr.type="string"\/>/);
    expect(text).toContain('<graph edgedefault="directed">');
    expect(text).toContain('<edge id="bc" source="b" target="c" directed="false">');
  });

  it('escapes markup and replaces characters XML cannot carry', () => {
    expect(text).toContain('Line\nbreak &amp; &lt;tag&gt;');
    expect(text).toContain('\uFFFDctrl');
    expect(text).not.toContain('\u0001');
  });

  it('is read back with the same values (lists and objects as JSON text)', () => {
    const result = importGraph({ name: 'g.graphml', text });
    expect(result.serialized.attributes).toEqual({ name: 'demo', year: 2025 });
    const a = result.serialized.nodes[0]?.attributes;
    expect(a).toEqual({
      label: 'Alpha, "the first"',
      x: 1.5,
      y: -2,
      size: 3,
      color: '#ff0000',
      rank: 1,
      tags: '["p","q"]',
    });
    expect(result.serialized.nodes[1]?.attributes).toMatchObject({
      label: 'Line\nbreak & <tag>',
      active: true,
      source: 'wiki',
    });
    expect(result.serialized.edges.map((edge) => edge.undirected === true)).toEqual([false, true, false]);
  });

  it('writes undirected graphs with edgedefault="undirected"', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.mergeEdge('x', 'y');
    const result = importGraph({ name: 'u.graphml', text: exportGraphml(graph) });
    expect(result.serialized.options.type).toBe('undirected');
  });
});

describe('GEXF export', () => {
  it('writes viz attributes and GEXF 1.3 lists, JSON text for objects', () => {
    const text = exportGexf(makeMixedGraph());
    expect(text).toContain('<gexf version="1.3"');
    expect(text).toMatch(/<viz:position x="1.5" y="-2"\/>/);
    expect(text).toContain('<viz:color hex="#ff0000"/>');
    const result = importGraph({ name: 'g.gexf', text });
    expect(result.serialized.nodes[0]?.attributes).toMatchObject({
      tags: ['p', 'q'],
      x: 1.5,
      size: 3,
      color: '#ff0000',
    });
    expect(result.serialized.nodes[2]?.attributes?.meta).toBe('{"nested":["x"]}');
    expect(result.serialized.edges[0]?.attributes).toMatchObject({ weight: 2, relation: 'knows' });
    expect(result.serialized.edges.map((edge) => edge.undirected === true)).toEqual([false, true, false]);
  });

  it('JSON-encodes lists that a GEXF list would not round-trip, for every node of that attribute', () => {
    const graph = new Graph();
    graph.addNode('a', { aliases: ['one, two', 'three'] });
    graph.addNode('b', { aliases: ['simple'] });
    graph.addNode('c', { mixed: [1, 'x'], empty: [] });
    const result = importGraph({ name: 'g.gexf', text: exportGexf(graph) });
    expect(result.serialized.nodes.map((node) => node.attributes?.aliases)).toEqual([
      '["one, two","three"]',
      '["simple"]',
      undefined,
    ]);
    expect(result.serialized.nodes[2]?.attributes).toEqual({ label: 'c', mixed: '[1,"x"]' });
  });
});

describe('JSON export and download names', () => {
  it('pretty-prints graph.export()', () => {
    const graph = makeMixedGraph();
    const text = exportJson(graph);
    expect(text.split('\n')[1]).toMatch(/^ {2}"/);
    expect(JSON.parse(text)).toEqual(graph.export());
  });

  it('makes safe download names per format', () => {
    expect(makeDownloadName('yrd-2025', 'gexf')).toBe('yrd-2025.gexf');
    expect(makeDownloadName('yrd-2025', 'graphml')).toBe('yrd-2025.graphml');
    expect(makeDownloadName('yrd-2025', 'json')).toBe('yrd-2025.json');
    expect(makeDownloadName('yrd-2025', 'nodes-csv')).toBe('yrd-2025.nodes.csv');
    expect(makeDownloadName('YRD 2025 / filtered', 'edges-csv')).toBe('YRD-2025-filtered.edges.csv');
    expect(makeDownloadName('my.graph.json', 'gexf')).toBe('my.gexf');
    expect(makeDownloadName('  ../..//  ', 'json')).toBe('graph.json');
    expect(makeDownloadName('长三角', 'json')).toBe('长三角.json');
    expect(EXPORT_FORMATS['edges-csv'].mimeType).toBe('text/csv');
  });
});
