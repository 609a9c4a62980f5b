// Undirected and mixed graphs in the Details data, path hops and table rows: each undirected relation once, marked.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { describeEdge, describeNode } from '../../../src/model/describe';
import { findPaths } from '../../../src/model/paths';
import { makeRelationTableRows } from '../../../src/model/tableRows';
import type { Visibility } from '../../../src/model/filters/visibility';
import { importGraph } from '../../../src/data/import/importGraph';
import { graphFrom, readFixture } from '../import/importTestHelpers';

const everything = { isNodeVisible: () => true, isEdgeVisible: () => true } as unknown as Visibility;

/** a — b undirected (twice, parallel), b → c directed, c — c an undirected self-loop. */
function makeMixedGraph(): Graph {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  for (const key of ['a', 'b', 'c']) graph.addNode(key, { label: key.toUpperCase() });
  graph.addUndirectedEdgeWithKey('ab', 'a', 'b', { relation: 'partner' });
  graph.addUndirectedEdgeWithKey('ab2', 'b', 'a', { relation: 'partner' });
  graph.addDirectedEdgeWithKey('bc', 'b', 'c', { relation: 'funds' });
  graph.addUndirectedEdgeWithKey('cc', 'c', 'c', { relation: 'self' });
  return graph;
}

describe('describeNode on undirected and mixed graphs', () => {
  it('lists undirected relations once each, whichever end the node is, marked undirected', () => {
    const graph = makeMixedGraph();
    const b = describeNode(graph, 'b')!;
    expect(b.groups.map((g) => [g.direction, g.undirected, g.label, g.items.map((i) => i.edge)])).toEqual([
      ['out', false, 'funds', ['bc']],
      ['out', true, 'partner', ['ab', 'ab2']],
    ]);
    expect(b.groups[1]!.items.map((item) => item.neighbour.key)).toEqual(['a', 'a']);
    const c = describeNode(graph, 'c')!;
    expect(c.groups.map((g) => [g.direction, g.undirected, g.label, g.items.length])).toEqual([
      ['out', true, 'self', 1],
      ['in', false, 'funds (incoming)', 1],
    ]);
  });

  it('gives a node of a Gephi undirected graph all its relations (the issue: "Relations (0)")', () => {
    const graph = graphFrom(importGraph({ name: 'rail.gexf', text: readFixture('gephi-yrd-rail.gexf') }));
    expect(graph.type).toBe('undirected');
    const nanjing = describeNode(graph, 'nanjing')!;
    const items = nanjing.groups.flatMap((group) => group.items);
    expect(items).toHaveLength(graph.degree('nanjing'));
    expect(items.map((item) => item.neighbour.label).sort()).toEqual([
      'Changzhou',
      'Hangzhou',
      'Hefei',
      "Ma'anshan",
      'Shanghai',
    ]);
    expect(nanjing.groups.every((group) => group.undirected && group.direction === 'out')).toBe(true);
    expect(nanjing.attributes).toContainEqual({ name: 'province', value: 'Jiangsu' });
  });

  it('marks an undirected edge in its own description', () => {
    const graph = makeMixedGraph();
    expect(describeEdge(graph, 'ab')).toMatchObject({ undirected: true, label: 'partner' });
    expect(describeEdge(graph, 'bc')).toMatchObject({ undirected: false, label: 'funds' });
  });
});

describe('paths and table rows on mixed graphs', () => {
  it('reads an undirected hop forward (never reversed), marked undirected', () => {
    const result = findPaths(makeMixedGraph(), 'c', 'a');
    if (result.status !== 'found') throw new Error('expected a path');
    expect(
      result.paths[0]!.hops.map((hop) => [hop.from.key, hop.to.key, hop.undirected, hop.reversed]),
    ).toEqual([
      ['c', 'b', false, true],
      ['b', 'a', true, false],
    ]);
    expect(result.paths[0]!.hops[1]!.edges).toEqual(['ab', 'ab2']);
  });

  it('finds paths in an undirected graph', () => {
    const graph = graphFrom(importGraph({ name: 'rail.gexf', text: readFixture('gephi-yrd-rail.gexf') }));
    const result = findPaths(graph, 'ningbo', 'hefei');
    expect(result.status).toBe('found');
    if (result.status === 'found')
      expect(result.paths.every((p) => p.hops.every((h) => h.undirected))).toBe(true);
  });

  it('marks undirected rows of the relation table', () => {
    const rows = makeRelationTableRows(makeMixedGraph(), everything);
    expect(rows.map((row) => [row.key, row.undirected])).toEqual([
      ['ab', true],
      ['ab2', true],
      ['bc', false],
      ['cc', true],
    ]);
  });
});
