// GraphML import: typed keys, x/y keys, defaults, yEd graphics, mixed directions, and specific error messages.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/data/import/importGraph';
import {
  edgeAttributes,
  graphFrom,
  graphml,
  importError,
  nodeAttributes,
  readFixture,
} from './importTestHelpers';

describe('GraphML import', () => {
  it('reads typed keys, x/y positions, defaults and graph data', () => {
    const result = importGraph({ name: 'keys.graphml', text: readFixture('keys.graphml') });
    expect(result.format).toBe('graphml');
    expect(result.stats).toEqual({ nodes: 3, edges: 3 });
    expect(result.hasPositions).toBe(true);
    expect(nodeAttributes(result, 'a')).toEqual({
      label: 'Alpha',
      x: 1.25,
      y: -4,
      kind: 'person',
      score: 1.5,
    });
    expect(nodeAttributes(result, 'b')).toEqual({ label: 'Beta', x: 3, y: 7.5, score: 9 });
    expect(nodeAttributes(result, 'c')).toMatchObject({ label: 'c', x: 0, y: 0 });
    expect(edgeAttributes(result, 'ab')).toEqual({ weight: 3 });
    expect(result.serialized.attributes).toMatchObject({ title: 'Test graph', id: 'G' });
  });

  it('keeps per-edge directions (edgedefault + directed="true|false") as a mixed graph', () => {
    const result = importGraph({ name: 'keys.graphml', text: readFixture('keys.graphml') });
    expect(result.serialized.options.type).toBe('mixed');
    const directions = result.serialized.edges.map((edge) => [
      edge.source,
      edge.target,
      edge.undirected ?? false,
    ]);
    expect(directions).toEqual([
      ['a', 'b', true],
      ['b', 'c', false],
      ['c', 'c', true],
    ]);
    const graph = graphFrom(result);
    expect(graph.undirectedSize).toBe(2);
    expect(graph.directedSize).toBe(1);
  });

  it('reads a directed graph without positions, keys referenced by id when attr.name is missing', () => {
    const text = graphml(
      `<node id="a"><data key="d0">Alpha</data><data key="weight">2</data></node><node id="b"/>
       <edge source="a" target="b" directed="false"/><edge source="a" target="b"/>`,
      '<key id="d0" for="node"/><key id="weight" for="all" attr.type="int"/>',
    );
    const result = importGraph({ name: 'g.graphml', text });
    expect(result.hasPositions).toBe(false);
    expect(nodeAttributes(result, 'a')).toEqual({ d0: 'Alpha', weight: 2, label: 'a' });
    expect(result.serialized.edges.map((edge) => edge.undirected ?? false)).toEqual([true, false]);
  });

  it('reads yEd node positions, labels and fill colours', () => {
    const result = importGraph({ name: 'yed.graphml', text: readFixture('yed.graphml') });
    expect(result.hasPositions).toBe(true);
    expect(nodeAttributes(result, 'n0')).toEqual({
      label: 'Start',
      x: 120.5,
      y: -40,
      color: '#FFCC00',
      description: 'first',
    });
    expect(nodeAttributes(result, 'n1')).toEqual({ label: 'End', x: 200, y: 60 });
    expect(edgeAttributes(result, 'e0')).toEqual({});
    expect(result.warnings.some((w) => w.includes('yEd graphics'))).toBe(true);
  });

  it('skips an edge to an unknown node with its id and line, or creates the node when asked', () => {
    const text = graphml('<node id="a"/>\n<edge id="e7" source="a" target="zz"/>');
    const skipped = importGraph({ name: 'g.graphml', text });
    expect(skipped.stats).toEqual({ nodes: 1, edges: 0 });
    expect(skipped.warningDetails[0]).toEqual({
      code: 'dangling-edges',
      message:
        'Skipped 1 edge that refers to nodes not in the file (1 missing node): edge "e7" (line 6) → "zz"',
      count: 1,
      missingNodes: 1,
      examples: [{ edge: 'e7', line: 6, node: 'zz' }],
    });
    const created = importGraph({ name: 'g.graphml', text }, { missingNodes: 'create' });
    expect(created.serialized.nodes.map((node) => [node.key, node.attributes?.label])).toEqual([
      ['a', 'a'],
      ['zz', 'zz'],
    ]);
    expect(created.serialized.edges.map((edge) => [edge.source, edge.target])).toEqual([['a', 'zz']]);
    expect(created.warnings).toEqual([
      'Created 1 node that 1 edge refers to but the file does not define (edge "e7" (line 6) → "zz")',
    ]);
  });

  it('reports malformed XML with its line', () => {
    const error = importError({
      name: 'g.graphml',
      text: graphml('<node id="a">\n<data key="x">1</dta>\n</node>'),
    });
    expect(error.message).toMatch(/^GraphML: malformed XML at line \d+, column \d+: /);
    expect(error.format).toBe('graphml');
  });

  it('rejects a DOCTYPE with entities (billion laughs) before parsing', () => {
    const error = importError({ name: 'lol.graphml', text: readFixture('entity-expansion.graphml') });
    expect(error.message).toBe(
      'GraphML: XML entity declarations are not allowed (possible entity-expansion attack): found <!DOCTYPE at line 2',
    );
  });

  it('rejects an invalid edgedefault, duplicate ids and a wrong root', () => {
    expect(
      importError({ name: 'g.graphml', text: graphml('<node id="a"/>', '', 'sideways') }).message,
    ).toMatch(/^GraphML: <graph edgedefault="sideways"> must be "directed" or "undirected"/);
    expect(importError({ name: 'g.graphml', text: graphml('<node id="a"/><node id="a"/>') }).message).toMatch(
      /^GraphML: duplicate node id "a"/,
    );
    expect(importError({ name: 'g.graphml', text: '<gexf><graph/></gexf>' }).message).toBe(
      'GraphML: expected a <graphml> root element, found <gexf>',
    );
  });

  it('cannot be used to pollute Object.prototype through key ids, domains or names', () => {
    const text = graphml(
      `<node id="a"><data key="polluted">yes</data><data key="toString">1</data><data key="constructor">2</data>
         <data key="p2">3</data><data key="__proto__">4</data></node>`,
      `<key id="polluted" for="__proto__" attr.name="polluted"/>
       <key id="toString" for="node" attr.name="n" attr.type="constructor"/>
       <key id="constructor" for="node" attr.name="m" attr.type="int"/>
       <key id="p2" for="node" attr.name="__proto__"/>`,
    );
    const result = importGraph({ name: 'p.graphml', text });
    expect(nodeAttributes(result, 'a')).toEqual({ label: 'a', n: '1', m: 2 });
    expect(result.warnings).toContain('GraphML: dropped the attribute "__proto__" (reserved name)');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
