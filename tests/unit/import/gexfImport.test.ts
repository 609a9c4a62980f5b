// GEXF import: viz attributes, positions, attribute declarations, type → kind, and specific error messages.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/data/import/importGraph';
import {
  edgeAttributes,
  gexf,
  graphFrom,
  importError,
  nodeAttributes,
  readFixture,
} from './importTestHelpers';

describe('GEXF import', () => {
  it('reads nodes, edges, declared attributes and viz size/position/colour', () => {
    const result = importGraph({ name: 'positions.gexf', text: readFixture('positions.gexf') });
    expect(result.format).toBe('gexf');
    expect(result.stats).toEqual({ nodes: 3, edges: 4 });
    expect(result.hasPositions).toBe(true);
    expect(result.serialized.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    expect(nodeAttributes(result, 'sh')).toEqual({
      label: 'Shanghai',
      kind: 'city',
      population: 24870895,
      aliases: ['Hu', 'Shen'],
      capital: true,
      size: 12.5,
      x: 10,
      y: -20.5,
      z: 0,
      color: 'rgb(255,102,0)',
    });
    expect(nodeAttributes(result, 'hz')).toMatchObject({ color: '#3366ff', capital: false, x: -5, y: 3 });
    expect(edgeAttributes(result, 'e1')).toEqual({ relation: 'capital_of', weight: 2 });
    expect(edgeAttributes(result, 'e2')).toEqual({ label: 'rail' });
    expect(result.serialized.attributes).toMatchObject({
      creator: 'Gephi 0.10',
      description: 'A small test graph',
    });
    const graph = graphFrom(result);
    expect(graph.size).toBe(4);
    expect(graph.edges('sh', 'hz')).toHaveLength(2);
    expect(graph.hasEdge('e4')).toBe(true);
  });

  it('moves "type" to "kind" (nodes) and "relation" (edges) with a warning', () => {
    const result = importGraph({ name: 'positions.gexf', text: readFixture('positions.gexf') });
    expect(nodeAttributes(result, 'zj')).not.toHaveProperty('type');
    expect(nodeAttributes(result, 'zj').kind).toBe('province');
    expect(result.warnings).toContain(
      'Renamed the node attribute "type" to "kind" on 3 nodes (sigma reserves "type" for its renderers)',
    );
    expect(result.warnings.some((w) => w.includes('"type" to "relation" on 1 edge'))).toBe(true);
  });

  it('reads a graph without positions: labels fall back to the key, hasPositions is false', () => {
    const text = gexf(`<nodes><node id="a"/><node id="b" label="B"/></nodes>
      <edges><edge source="a" target="b"/><edge source="b" target="a" type="undirected"/></edges>`);
    const result = importGraph({ name: 'plain.gexf', text });
    expect(result.hasPositions).toBe(false);
    expect(nodeAttributes(result, 'a')).toEqual({ label: 'a' });
    expect(result.serialized.options.type).toBe('mixed');
    expect(result.serialized.edges.map((e) => [e.key, e.undirected ?? false])).toEqual([
      ['e0', false],
      ['e1', true],
    ]);
    expect(graphFrom(result).order).toBe(2);
  });

  it('defaults to undirected edges like the GEXF spec', () => {
    const result = importGraph({
      name: 'u.gexf',
      text: gexf('<nodes><node id="a"/></nodes><edges><edge source="a" target="a"/></edges>', ''),
    });
    expect(result.serialized.options.type).toBe('undirected');
    expect(result.serialized.edges[0]?.undirected).toBe(true);
  });

  it('reports malformed XML with its line and column', () => {
    const text = gexf(`<nodes>
      <node id="a" label="A>
      </node>
    </nodes>`);
    const error = importError({ name: 'bad.gexf', text });
    expect(error.message).toMatch(
      /^GEXF: malformed XML at line 5, column 7: an attribute value has no closing "$/,
    );
    expect(error.format).toBe('gexf');
    expect(error.location).toEqual({ line: 5, column: 7 });
  });

  it('reports an unclosed element', () => {
    const error = importError({ name: 'bad.gexf', text: '<gexf>\n<graph>\n<nodes>\n</graph>\n</gexf>' });
    expect(error.message).toMatch(/^GEXF: malformed XML at line \d+/);
  });

  it('skips an edge to an unknown node with a warning naming its id and line, like Gephi', () => {
    const text = gexf(`<nodes><node id="n1"/></nodes>
<edges>
<edge id="e12" source="n1" target="n99"/>
<edge source="n98" target="n1"/>
<edge id="ok" source="n1" target="n1"/>
</edges>`);
    const result = importGraph({ name: 'g.gexf', text });
    expect(result.serialized.edges.map((edge) => edge.key)).toEqual(['ok']);
    expect(result.warnings).toEqual([
      'Skipped 2 edges that refer to nodes not in the file (2 missing nodes): ' +
        'edge "e12" (line 6) → "n99", edge #2 (line 7) → "n98"',
    ]);
    expect(result.warningDetails[0]).toMatchObject({ code: 'dangling-edges', count: 2, missingNodes: 2 });
  });

  it('reports duplicate node ids, missing ids and missing edge ends; renumbers duplicate edge ids', () => {
    expect(
      importError({ name: 'g.gexf', text: gexf('<nodes><node id="a"/><node id="a"/></nodes>') }).message,
    ).toMatch(/^GEXF: duplicate node id "a" \(line 4, column 22\)$/);
    expect(importError({ name: 'g.gexf', text: gexf('<nodes><node label="x"/></nodes>') }).message).toMatch(
      /^GEXF: a <node> element has no "id" attribute/,
    );
    expect(
      importError({
        name: 'g.gexf',
        text: gexf('<nodes><node id="a"/></nodes><edges><edge source="a"/></edges>'),
      }).message,
    ).toMatch(/^GEXF: edge #1 has no "target" attribute/);
    const duplicateEdges = importGraph({
      name: 'g.gexf',
      text: gexf(
        '<nodes><node id="a"/></nodes><edges><edge id="x" source="a" target="a"/><edge id="x" source="a" target="a"/></edges>',
      ),
    });
    expect(duplicateEdges.serialized.edges.map((edge) => edge.key)).toEqual(['x', 'x_2']);
    expect(duplicateEdges.warningDetails).toEqual([
      {
        code: 'duplicate-edge-ids',
        message: 'Renumbered 1 edge whose id was already used: edge "x" (line 4) is now "x_2"',
        count: 1,
        examples: [{ id: 'x', key: 'x_2', line: 4 }],
      },
    ]);
  });

  it('rejects a document that is not GEXF, or has no graph', () => {
    expect(importError({ name: 'g.gexf', text: '<rss><channel/></rss>' }).message).toBe(
      'GEXF: expected a <gexf> root element, found <rss>',
    );
    expect(importError({ name: 'g.gexf', text: '<gexf version="1.3"></gexf>' }).message).toMatch(
      /^GEXF: the file has no <graph> element/,
    );
  });

  it('rejects DOCTYPE / ENTITY declarations before parsing', () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY a "aaaa">]>\n${gexf('<nodes><node id="&a;"/></nodes>')}`;
    const error = importError({ name: 'g.gexf', text });
    expect(error.message).toBe(
      'GEXF: XML entity declarations are not allowed (possible entity-expansion attack): found <!DOCTYPE at line 2',
    );
    expect(error.location?.line).toBe(2);
  });

  it('drops __proto__/constructor attributes with a warning, without polluting prototypes', () => {
    const text = gexf(`<attributes class="node">
  <attribute id="__proto__" type="liststring"/>
  <attribute id="0" title="constructor" type="string"/>
  <attribute id="1" title="ok" type="string"/>
</attributes>
<nodes><node id="a"><attvalues>
  <attvalue for="__proto__" value="[polluted]"/><attvalue for="0" value="x"/><attvalue for="1" value="fine"/>
  <attvalue for="toString" value="undeclared"/>
</attvalues></node></nodes>`);
    const result = importGraph({ name: 'p.gexf', text });
    expect(nodeAttributes(result, 'a')).toEqual({ label: 'a', ok: 'fine' });
    expect(result.warnings).toContain('GEXF: dropped the node attribute "__proto__" (reserved name)');
    expect(result.warnings).toContain('GEXF: dropped the node attribute "constructor" (reserved name)');
    expect(result.warnings.some((w) => w.includes('undeclared attribute "toString"'))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(nodeAttributes(result, 'a'))).toBe(Object.prototype);
  });

  it('drops invalid viz colours and sizes with a warning', () => {
    const text = gexf(
      `<nodes><node id="a"><viz:color r="1"/><viz:size value="big"/><viz:position x="1" y="2"/></node></nodes>`,
    );
    const result = importGraph({ name: 'c.gexf', text });
    expect(nodeAttributes(result, 'a')).toEqual({ label: 'a', x: 1, y: 2 });
    expect(result.warnings).toContain('Ignored an invalid "color" on 1 node (not a CSS colour)');
  });
});
