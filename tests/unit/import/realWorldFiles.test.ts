// Files in the style the tools people come from write them: a Gephi GEXF, a yEd GraphML, Gephi and Kumu CSV tables.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/data/import/importGraph';
import { edgeAttributes, graphFrom, nodeAttributes, readFixture } from './importTestHelpers';

describe('a GEXF exported by Gephi (undirected, viz, attributes, weights)', () => {
  const result = importGraph({ name: 'gephi-yrd-rail.gexf', text: readFixture('gephi-yrd-rail.gexf') });

  it('reads an undirected graph with positions, sizes, colours, typed attributes and meta', () => {
    expect(result.warnings).toEqual([]);
    expect(result.stats).toEqual({ nodes: 12, edges: 15 });
    expect(result.serialized.options.type).toBe('undirected');
    expect(result.hasPositions).toBe(true);
    expect(nodeAttributes(result, 'maanshan')).toEqual({
      label: "Ma'anshan",
      province: 'Anhui',
      population: 2.16,
      modularity_class: 1,
      size: 8.4,
      x: -30.6,
      y: 72.2,
      z: 0,
      color: 'rgba(68,170,153,1.0)',
    });
    expect(result.serialized.attributes).toEqual({ creator: 'Gephi 0.10.1', lastModifiedDate: '2025-06-20' });
  });

  it('keeps edge weights and attributes, every edge undirected', () => {
    expect(edgeAttributes(result, '0')).toEqual({ weight: 96, line: 'Shanghai–Nanjing intercity' });
    expect(result.serialized.edges.every((edge) => edge.undirected === true)).toBe(true);
    expect(graphFrom(result).undirectedSize).toBe(15);
  });
});

describe('a GraphML drawn in yEd (ShapeNodes, a group node, edge labels, keys)', () => {
  const result = importGraph({
    name: 'yed-cooperation.graphml',
    text: readFixture('yed-cooperation.graphml'),
  });

  it('reads node positions, labels and fill colours, and the data keys with their defaults', () => {
    expect(result.stats).toEqual({ nodes: 7, edges: 6 });
    expect(result.hasPositions).toBe(true);
    expect(nodeAttributes(result, 'n0')).toEqual({
      x: 310,
      y: 40,
      label: '2025 Symposium',
      color: '#CC6677',
      description: 'Annual Symposium of Key Leaders, Nanjing, 6–7 June 2025',
      sector: 'policy',
    });
    expect(nodeAttributes(result, 'n2::n1')).toMatchObject({ label: 'Jiangsu', sector: 'industry' });
    expect(result.serialized.attributes).toMatchObject({ id: 'G' });
  });

  it('flattens the group node and its nested graph, and reads edge labels', () => {
    // The group node "Member governments" takes its first realizer's geometry, fill and label.
    expect(nodeAttributes(result, 'n2')).toMatchObject({ label: 'Member governments', x: 90, y: 260 });
    expect(result.serialized.nodes.map((node) => node.key)).toEqual([
      'n0',
      'n1',
      'n2',
      'n2::n0',
      'n2::n1',
      'n2::n2',
      'n2::n3',
    ]);
    expect(edgeAttributes(result, 'e0')).toEqual({ label: 'assigns', description: 'the joint work plan' });
    expect(edgeAttributes(result, 'e4')).toEqual({});
    expect(result.serialized.options.type).toBe('directed');
    expect(result.warnings).toEqual([
      'GraphML: read node positions, labels and colours, and edge labels, from yEd graphics; other yEd graphics were ignored',
    ]);
  });
});

describe('CSV tables from Gephi and Kumu', () => {
  it("reads Gephi's edge table: Type gives the direction, Weight stays numeric; an edge to a filtered-out node is skipped", () => {
    const result = importGraph({
      name: 'gephi-edges.csv',
      text: readFixture('gephi-edges.csv'),
      nodesCsv: { name: 'gephi-nodes.csv', text: readFixture('gephi-nodes.csv') },
    });
    expect(result.serialized.options.type).toBe('undirected');
    expect(edgeAttributes(result, '0')).toEqual({ Weight: 96 });
    expect(nodeAttributes(result, 'nanjing')).toEqual({
      label: 'Nanjing',
      modularity_class: 1,
      province: 'Jiangsu',
    });
    // The nodes table has no Ningbo (it was filtered out in Gephi): that edge is skipped and named.
    expect(result.stats).toEqual({ nodes: 7, edges: 6 });
    expect(result.warningDetails).toEqual([
      {
        code: 'dangling-edges',
        message:
          'Skipped 1 edge that refers to nodes not in the file (1 missing node): edge "5" (line 7) → "ningbo"',
        count: 1,
        missingNodes: 1,
        examples: [{ edge: '5', line: 7, node: 'ningbo' }],
      },
    ]);
  });

  it("reads Kumu's connections table: From/To, Type as the relation, other columns as attributes", () => {
    const result = importGraph({ name: 'kumu-connections.csv', text: readFixture('kumu-connections.csv') });
    expect(result.stats).toEqual({ nodes: 5, edges: 6 });
    expect(result.serialized.options.type).toBe('directed');
    expect(edgeAttributes(result, 'e4')).toEqual({
      relation: 'partners with',
      Strength: 5,
      Description: 'Science and technology innovation community',
    });
  });
});
