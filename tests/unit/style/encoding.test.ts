// Unit tests of node encodings: size by a metric or attribute, colour by kind, community or attribute.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { KIND_COLORS } from '../../../src/style/palette';
import { makeNodeEncoding, metricsNeeded, NO_KIND } from '../../../src/style/encoding';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('node encoding', () => {
  const graph = makeTinyGraph();

  it('sizes by degree and colours by kind by default', () => {
    const encoding = makeNodeEncoding(graph, { sizeBy: 'degree', colourBy: 'kind' }, {});
    expect(encoding.sizeOf('leader/liu-jie')).toBeGreaterThan(encoding.sizeOf('program/ai-plus'));
    expect(encoding.colourOf('province/anhui')).toBe(KIND_COLORS.province);
    expect(encoding.colourLegend.map((e) => e.label)).toEqual([
      'Leaders',
      'Provinces',
      'Regions',
      'Programs',
      'Themes',
      'Events',
    ]);
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
    expect(byCommunity.colourTitle).toBe('Louvain community');
    expect(byCommunity.colourLegend.map((e) => e.label)).toEqual(['Community 0', 'Community 1']);
    expect(byCommunity.colourOf('province/zhejiang')).not.toBe(byCommunity.colourOf('province/anhui'));
    const byAttribute = makeNodeEncoding(graph, { sizeBy: 'attr:nothing', colourBy: 'attr:kind' }, {});
    expect(byAttribute.colourTitle).toBe('kind');
    expect(byAttribute.colourLegend[0]).toMatchObject({ label: 'leader', count: 2 });
  });

  it('gives nodes without a kind one legend entry, without a swatch when they keep their file colours', () => {
    const foreign = new Graph();
    foreign.addNode('a', { color: '#ff0000' });
    foreign.addNode('b', { color: '#00ff00' });
    const coloured = makeNodeEncoding(foreign, { sizeBy: 'degree', colourBy: 'kind' }, {});
    expect(coloured.colourLegend).toEqual([{ value: NO_KIND, label: NO_KIND, color: '', count: 2 }]);
    foreign.addNode('c');
    const mixed = makeNodeEncoding(foreign, { sizeBy: 'degree', colourBy: 'kind' }, {});
    expect(mixed.colourLegend[0]).toMatchObject({ value: NO_KIND, count: 3 });
    expect(mixed.colourLegend[0]!.color).not.toBe('');
  });
});
