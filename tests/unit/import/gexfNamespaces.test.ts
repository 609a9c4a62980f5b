// GEXF details of the streaming reader: viz namespaces and prefixes, lists, defaults, hierarchy, meta, edge types, progress.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/data/import/importGraph';
import type { ImportProgress } from '../../../src/data/import/importTypes';
import { edgeAttributes, gexf, importError, nodeAttributes } from './importTestHelpers';

const VIZ_NODE =
  '<viz:position x="1" y="2" z="3"/><viz:size value="4"/><viz:color r="1" g="2" b="3" a="0.5"/>';

describe('GEXF viz elements and namespaces', () => {
  it('reads viz: elements with the viz namespace declared on the root', () => {
    const result = importGraph({
      name: 'g.gexf',
      text: gexf(`<nodes><node id="a">${VIZ_NODE}</node></nodes>`),
    });
    expect(nodeAttributes(result, 'a')).toEqual({
      label: 'a',
      x: 1,
      y: 2,
      z: 3,
      size: 4,
      color: 'rgba(1,2,3,0.5)',
    });
    expect(result.hasPositions).toBe(true);
  });

  it('reads viz: elements whose prefix is not declared (as graphology-gexf did)', () => {
    const text = `<gexf version="1.2"><graph><nodes><node id="a">${VIZ_NODE}</node></nodes></graph></gexf>`;
    expect(nodeAttributes(importGraph({ name: 'g.gexf', text }), 'a')).toMatchObject({ x: 1, y: 2, size: 4 });
  });

  it('reads viz elements under another prefix bound to a viz namespace', () => {
    const text = `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:ns1="http://www.gexf.net/1.2draft/viz">
      <graph><nodes><node id="a"><ns1:position x="5" y="6"/><ns1:color hex="#abcdef"/></node></nodes></graph></gexf>`;
    expect(nodeAttributes(importGraph({ name: 'g.gexf', text }), 'a')).toEqual({
      label: 'a',
      x: 5,
      y: 6,
      color: '#abcdef',
    });
  });

  it('reads unprefixed viz elements (e.g. with the viz namespace as their default namespace)', () => {
    const text = gexf(`<nodes><node id="a">
      <position xmlns="http://gexf.net/1.3/viz" x="7" y="8"/><size value="2"/></node></nodes>`);
    expect(nodeAttributes(importGraph({ name: 'g.gexf', text }), 'a')).toEqual({
      label: 'a',
      x: 7,
      y: 8,
      size: 2,
    });
  });

  it('ignores elements under unrelated prefixes, and prefers a prefixed viz element over a bare one', () => {
    const text = `<gexf xmlns:other="http://example.com/other" xmlns:viz="http://gexf.net/1.3/viz"><graph><nodes>
      <node id="a"><other:position x="9" y="9"/><position x="1" y="1"/><viz:position x="2" y="2"/></node>
    </nodes></graph></gexf>`;
    expect(nodeAttributes(importGraph({ name: 'g.gexf', text }), 'a')).toEqual({ label: 'a', x: 2, y: 2 });
  });

  it('reads edge viz thickness and colour, weight, label and kind', () => {
    const text = gexf(`<nodes><node id="a"/></nodes><edges>
      <edge id="e" source="a" target="a" weight="2.5" label="L" kind="k"><viz:thickness value="3"/><viz:color hex="#fff"/></edge>
    </edges>`);
    expect(edgeAttributes(importGraph({ name: 'g.gexf', text }), 'e')).toEqual({
      weight: 2.5,
      label: 'L',
      kind: 'k',
      thickness: 3,
      color: '#fff',
    });
  });
});

describe('GEXF attributes, structure and meta', () => {
  it('types values by declaration: numbers, booleans, lists in every notation, defaults', () => {
    const text = gexf(`<attributes class="node">
  <attribute id="0" title="n" type="long"/>
  <attribute id="1" title="b" type="boolean"><default>true</default></attribute>
  <attribute id="2" title="tags" type="liststring"/>
  <attribute id="3" title="ints" type="listinteger"/>
  <attribute id="4" title="piped" type="liststring"/>
  <attribute id="5" title="note" type="string"><default>none</default></attribute>
</attributes>
<nodes>
  <node id="a"><attvalues>
    <attvalue for="0" value="42"/><attvalue for="1" value="false"/>
    <attvalue for="2" value="[one, 'two, three', &quot;fo\\&quot;ur&quot;]"/>
    <attvalue for="3" value="1, 2,3"/><attvalue for="4" value="x | y"/>
  </attvalues></node>
  <node id="b"/>
</nodes>`);
    const result = importGraph({ name: 'g.gexf', text });
    expect(nodeAttributes(result, 'a')).toEqual({
      label: 'a',
      n: 42,
      b: false,
      tags: ['one', 'two, three', 'fo"ur'],
      ints: [1, 2, 3],
      piped: ['x', 'y'],
      note: 'none',
    });
    expect(nodeAttributes(result, 'b')).toEqual({ label: 'b', b: true, note: 'none' });
  });

  it('resolves values and defaults declared after the elements that use them', () => {
    const text = gexf(`<nodes><node id="a"><attvalues><attvalue for="0" value="7"/></attvalues></node></nodes>
<attributes class="node"><attribute id="0" title="late" type="integer"/>
  <attribute id="1" title="fallback" type="string"><default>d</default></attribute></attributes>`);
    const result = importGraph({ name: 'g.gexf', text });
    expect(nodeAttributes(result, 'a')).toEqual({ label: 'a', late: 7, fallback: 'd' });
    expect(result.warnings).toEqual([]);
  });

  it('reads hierarchical nodes as a flat list, each with its own values', () => {
    const text = gexf(`<attributes class="node"><attribute id="0" title="v" type="string"/></attributes>
<nodes><node id="p"><attvalues><attvalue for="0" value="parent"/></attvalues>
  <nodes><node id="c"><attvalues><attvalue for="0" value="child"/></attvalues></node></nodes>
</node></nodes>`);
    const result = importGraph({ name: 'g.gexf', text });
    expect(result.serialized.nodes.map((node) => [node.key, node.attributes?.v])).toEqual([
      ['p', 'parent'],
      ['c', 'child'],
    ]);
  });

  it('reads meta fields (text kept as written) and lastmodifieddate as graph attributes', () => {
    const text = `<gexf><meta lastmodifieddate="2024-05-01"><creator>Me</creator><keywords> a, b </keywords>
      <description><![CDATA[<b>bold</b>]]></description><empty> </empty></meta><graph/></gexf>`;
    expect(importGraph({ name: 'g.gexf', text }).serialized.attributes).toEqual({
      creator: 'Me',
      keywords: ' a, b ',
      description: '<b>bold</b>',
      lastModifiedDate: '2024-05-01',
    });
  });

  it('reads mutual edges as undirected, warns about unknown edge types, and mixes directions', () => {
    const text = gexf(`<nodes><node id="a"/></nodes><edges>
      <edge source="a" target="a"/><edge source="a" target="a" type="mutual"/><edge source="a" target="a" type="odd"/>
    </edges>`);
    const result = importGraph({ name: 'g.gexf', text });
    expect(result.serialized.options.type).toBe('mixed');
    expect(result.serialized.edges.map((edge) => edge.undirected === true)).toEqual([false, true, false]);
    expect(result.warnings).toContain(
      `GEXF: 1 edge had an unknown type (e.g. "odd") and use the graph's default type`,
    );
  });

  it('reports an edge inside a node, and a node id used twice with its position', () => {
    const error = importError({
      name: 'g.gexf',
      text: gexf('<nodes><node id="a">\n<edge id="x" source="a" target="a"/></node></nodes>'),
    });
    expect(error.message).toBe(
      'GEXF: <edge id="x"> is inside <node id="a"> (line 5, column 1); an element above it is probably not closed',
    );
    expect(error.location).toEqual({ element: 'edge', line: 5, column: 1, id: 'x' });
  });

  it('reports parsing progress for large files, then normalising', () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) => `<node id="n${i}" label="Node number ${i}"/>`);
    const text = gexf(`<nodes>${nodes.join('\n')}</nodes>`);
    const progress: ImportProgress[] = [];
    importGraph({ name: 'big.gexf', text }, { onProgress: (event) => progress.push(event) });
    const fractions = progress.filter((event) => event.fraction !== undefined).map((event) => event.fraction);
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(fractions.length).toBe(Math.floor(text.length / (1024 * 1024)));
    expect(progress[0]).toEqual({ stage: 'parsing' });
    expect(progress.at(-1)).toEqual({ stage: 'normalising' });
  });
});
