// Unit tests of node encodings: size by a metric or attribute, colour by kind, community or attribute.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { KIND_COLORS } from '../../../src/style/palette';
import { makeNodeEncoding, metricsNeeded, NO_KIND, type NodeEncoding } from '../../../src/style/encoding';
import { makeI18n } from '../../../src/ui/i18n/makeI18n';
import { legendLabel, legendTitle } from '../../../src/ui/LegendPanel';
import { makeTinyGraph } from '../helpers/tinyGraph';

const en = makeI18n('en');
const zh = makeI18n('zh');
const labels = (encoding: NodeEncoding, i18n = en) =>
  encoding.colourLegend.map((entry) => legendLabel(entry, encoding.colourBy, i18n));

describe('node encoding', () => {
  const graph = makeTinyGraph();

  it('sizes by degree and colours by kind by default', () => {
    const encoding = makeNodeEncoding(graph, { sizeBy: 'degree', colourBy: 'kind' }, {});
    expect(encoding.sizeOf('leader/liu-jie')).toBeGreaterThan(encoding.sizeOf('program/ai-plus'));
    expect(encoding.colourOf('province/anhui')).toBe(KIND_COLORS.province);
    expect(labels(encoding)).toEqual(['Leaders', 'Provinces', 'Regions', 'Programs', 'Themes', 'Events']);
  });

  it('sizes by a computed metric once it is there, and asks for it until then', () => {
    expect(metricsNeeded('pagerank', 'louvain')).toEqual(['pagerank', 'louvain']);
    expect(metricsNeeded('degree', 'kind')).toEqual([]);
    const pagerank = Object.fromEntries(graph.nodes().map((n) => [n, n === 'program/ai-plus' ? 0.5 : 0.05]));
    const encoding = makeNodeEncoding(graph, { sizeBy: 'pagerank', colourBy: 'kind' }, { pagerank });
    expect(encoding.sizeOf('program/ai-plus')).toBeGreaterThan(encoding.sizeOf('leader/liu-jie'));
  });

  it('colours by community with a legend, and by a categorical attribute', () => {
    const louvain = Object.fromEntries(graph.nodes().map((n, i) => [n, i % 2]));
    const byCommunity = makeNodeEncoding(graph, { sizeBy: 'degree', colourBy: 'louvain' }, { louvain });
    expect(legendTitle(byCommunity.colourBy, en)).toBe('Louvain community');
    expect(labels(byCommunity)).toEqual(['Community 0', 'Community 1']);
    expect(legendTitle(byCommunity.colourBy, zh)).toBe('Louvain 社区');
    expect(labels(byCommunity, zh)).toEqual(['社区 0', '社区 1']);
    expect(byCommunity.colourOf('province/zhejiang')).not.toBe(byCommunity.colourOf('province/anhui'));
    const byAttribute = makeNodeEncoding(graph, { sizeBy: 'attr:nothing', colourBy: 'attr:kind' }, {});
    expect(legendTitle(byAttribute.colourBy, en)).toBe('kind');
    expect(byAttribute.colourLegend[0]).toMatchObject({ value: 'leader', count: 2 });
    expect(labels(byAttribute)[0]).toBe('leader');
  });

  it('gives nodes without a kind one legend entry, without a swatch when they keep their file colours', () => {
    const foreign = new Graph();
    foreign.addNode('a', { color: '#ff0000' });
    foreign.addNode('b', { color: '#00ff00' });
    const coloured = makeNodeEncoding(foreign, { sizeBy: 'degree', colourBy: 'kind' }, {});
    expect(coloured.colourLegend).toEqual([{ value: NO_KIND, color: '', count: 2 }]);
    expect(labels(coloured)).toEqual(['No kind (colours from the file)']);
    foreign.addNode('c');
    const mixed = makeNodeEncoding(foreign, { sizeBy: 'degree', colourBy: 'kind' }, {});
    expect(mixed.colourLegend[0]).toMatchObject({ value: NO_KIND, count: 3 });
    expect(mixed.colourLegend[0]!.color).not.toBe('');
    expect(labels(mixed, zh)).toEqual(['无类型']);
  });
});

describe('legend labels', () => {
  it('names the grey remainder of many categories "Other", in both languages', () => {
    const many = new Graph();
    for (let i = 0; i < 12; i++) many.addNode(`n${i}`, { group: `g${i}` });
    const encoding = makeNodeEncoding(many, { sizeBy: 'degree', colourBy: 'attr:group' }, {});
    expect(encoding.colourLegend.at(-1)).toMatchObject({ other: true, count: 3 });
    expect(labels(encoding).at(-1)).toBe('Other');
    expect(labels(encoding, zh).at(-1)).toBe('其他');
    expect(labels(encoding, zh).slice(0, 2)).toEqual(['g0', 'g1']);
  });

  it('falls back to kind colours (and says so) until the communities are computed', () => {
    const encoding = makeNodeEncoding(makeTinyGraph(), { sizeBy: 'degree', colourBy: 'louvain' }, {});
    expect(encoding.colourBy).toBe('kind');
    expect(legendTitle(encoding.colourBy, zh)).toBe('类型');
  });
});
