// GraphML details of the streaming reader: key defaults and types, data text, key order, graph data, nesting.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/data/import/importGraph';
import { edgeAttributes, graphml, importError, nodeAttributes } from './importTestHelpers';

describe('GraphML key defaults', () => {
  const keys = `<key id="s" for="node" attr.name="status"><default>active</default></key>
<key id="b" for="node" attr.name="flag" attr.type="boolean"><default> TRUE </default></key>
<key id="w" for="edge" attr.name="weight" attr.type="double"><default>1.5</default></key>
<key id="all" for="all" attr.name="layer" attr.type="int"><default>2</default></key>`;

  it('fills missing values with typed defaults, per domain and for="all"', () => {
    const text = graphml(
      `<node id="a"/><node id="b"><data key="s">retired</data><data key="b">false</data><data key="all">7</data></node>
       <edge id="e" source="a" target="b"/><edge id="f" source="a" target="b"><data key="w">4</data></edge>`,
      keys,
    );
    const result = importGraph({ name: 'g.graphml', text });
    expect(nodeAttributes(result, 'a')).toEqual({ label: 'a', status: 'active', flag: true, layer: 2 });
    expect(nodeAttributes(result, 'b')).toEqual({ label: 'b', status: 'retired', flag: false, layer: 7 });
    expect(edgeAttributes(result, 'e')).toEqual({ weight: 1.5, layer: 2 });
    expect(edgeAttributes(result, 'f')).toEqual({ weight: 4, layer: 2 });
    expect(result.serialized.attributes).toEqual({ layer: 2 });
  });

  it('casts data by key type (numbers via Number, booleans case-insensitively) and keeps text as written', () => {
    const text = graphml(
      `<node id="a"><data key="i"> 3 </data><data key="t">TRUE</data><data key="s">  spaced &amp; <![CDATA[<raw>]]></data></node>`,
      `<key id="i" for="node" attr.name="i" attr.type="Int"/><key id="t" for="node" attr.name="t" attr.type="boolean"/>
       <key id="s" for="node" attr.name="s"/>`,
    );
    expect(nodeAttributes(importGraph({ name: 'g.graphml', text }), 'a')).toEqual({
      label: 'a',
      i: 3,
      t: true,
      s: '  spaced & <raw>',
    });
  });

  it('merges numeric r, g, b into a colour', () => {
    const text = graphml(
      '<node id="a"><data key="r">255</data><data key="g">128</data><data key="b">0</data></node>',
      ['r', 'g', 'b'].map((c) => `<key id="${c}" for="node" attr.name="${c}" attr.type="int"/>`).join(''),
    );
    expect(nodeAttributes(importGraph({ name: 'g.graphml', text }), 'a')).toEqual({
      label: 'a',
      color: '#ff8000',
    });
  });

  it('reads keys declared after their use, and warns once, with a line, about undeclared keys', () => {
    const text = graphml(
      '<node id="a"><data key="late">5</data><data key="nokey">x</data></node>\n<node id="b"><data key="nokey">y</data></node>',
      '',
    ).replace('</graphml>', '<key id="late" for="node" attr.name="late" attr.type="int"/></graphml>');
    const result = importGraph({ name: 'g.graphml', text });
    expect(nodeAttributes(result, 'a')).toEqual({ label: 'a', late: 5, nokey: 'x' });
    expect(nodeAttributes(result, 'b')).toEqual({ label: 'b', nokey: 'y' });
    expect(result.warnings).toEqual([
      'GraphML: <data key="nokey"> has no <key> declaration; its values are read as text (first at line 5)',
    ]);
  });

  it('reads graph data before the first node only, and the graph id', () => {
    const text = graphml(
      '<data key="t">Title</data><node id="a"/><data key="u">ignored</data>',
      '<key id="t" for="graph" attr.name="title"/><key id="u" for="graph" attr.name="late"/>',
    ).replace('<graph ', '<graph id="G" ');
    expect(importGraph({ name: 'g.graphml', text }).serialized.attributes).toEqual({
      id: 'G',
      title: 'Title',
    });
  });

  it('reads nodes of nested graphs with their own edge default, and ignores ports and hyperedges', () => {
    const text = graphml(
      `<node id="p"><port name="x"><data key="d">port data</data></port>
         <graph edgedefault="undirected"><node id="p::c"/><edge source="p::c" target="p"/></graph></node>
       <hyperedge><endpoint node="p"/></hyperedge>`,
      '<key id="d" for="port" attr.name="d"/>',
    );
    const result = importGraph({ name: 'g.graphml', text });
    expect(result.serialized.nodes.map((node) => node.key)).toEqual(['p', 'p::c']);
    expect(result.serialized.edges[0]?.undirected).toBe(true);
    expect(nodeAttributes(result, 'p')).toEqual({ label: 'p' });
    expect(result.warnings).toContain('GraphML: ignored 1 hyperedge (not supported)');
  });

  it('reports an edge nested in a node, with its line and column', () => {
    const error = importError({
      name: 'g.graphml',
      text: graphml('<node id="a">\n  <edge id="e" source="a" target="a"/></node>'),
    });
    expect(error.message).toBe(
      'GraphML: <edge id="e"> is inside <node id="a"> (line 6, column 3); an element above it is probably not closed',
    );
  });
});
