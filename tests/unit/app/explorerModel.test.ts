// The explorer's view model without React: panels offered, the URL context, which metrics to compute, labels.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  canCompareProvinces,
  makeAvailablePanels,
  makeEvidenceGetter,
  makeInitialSigmaSettings,
  makeLazySearch,
  makeMetricsTableRows,
  makeSelectionLabel,
  makeViewContext,
  metricsToCompute,
} from '../../../src/app/explorer/explorerModel';
import { makeFacets } from '../../../src/app/explorer/facets';
import { describeEdge, describeNode } from '../../../src/model/describe';
import { METRIC_IDS } from '../../../src/model/metrics/types';
import { DEFAULT_SETTINGS } from '../../../src/style/settings';
import { makeI18n } from '../../../src/ui/i18n/makeI18n';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('the panels a dataset offers', () => {
  it('offers Source only with a source text and Compare only with two provinces', () => {
    expect(makeAvailablePanels(true, true)).toEqual([
      'details',
      'source',
      'metrics',
      'compare',
      'table',
      'path',
      'notebook',
    ]);
    expect(makeAvailablePanels(false, false)).toEqual(['details', 'metrics', 'table', 'path', 'notebook']);
    const tiny = makeFacets(makeTinyGraph());
    expect(canCompareProvinces(tiny)).toBe(true);
    const one = new Graph();
    one.addNode('province/a', { kind: 'province', label: 'A' });
    expect(canCompareProvinces(makeFacets(one))).toBe(false);
  });

  it('puts the province facet URL form, the kinds, relations and panels in the view context', () => {
    const graph = makeTinyGraph();
    const context = makeViewContext(graph, makeFacets(graph), { paragraphs: ['one', 'two'] });
    expect(context.facets[0]).toMatchObject({
      facet: 'province',
      param: 'provinces',
      valuePrefix: 'province/',
    });
    expect(context.facets[0]!.values).toEqual(['province/anhui', 'province/zhejiang']);
    expect(context.kinds).toContain('leader');
    expect(context.relations).toContain('pledged');
    expect(context.paragraphCount).toBe(2);
    expect(context.panels).toContain('source');
    expect(context.sizeOptions).toContain('pagerank');
    expect(context.hasNode('leader/liu-jie') && !context.hasNode('nobody')).toBe(true);
    expect(makeViewContext(graph, makeFacets(graph), null).panels).not.toContain('source');
  });
});

describe('metricsToCompute', () => {
  const ready = { status: 'ready' as const, results: {} };

  it('asks for nothing when the encodings need no computed metric', () => {
    expect(metricsToCompute(100, { sizeBy: 'degree', colourBy: 'kind' }, ready, DEFAULT_SETTINGS)).toBeNull();
  });

  it('asks for every metric on a small graph, only the missing ones on a large one', () => {
    const encodings = { sizeBy: 'pagerank', colourBy: 'louvain' };
    expect(metricsToCompute(100, encodings, ready, DEFAULT_SETTINGS)).toEqual([...METRIC_IDS]);
    expect(metricsToCompute(100_000, encodings, ready, DEFAULT_SETTINGS)).toEqual(['pagerank', 'louvain']);
    const some = { status: 'ready' as const, results: { pagerank: {} } };
    expect(metricsToCompute(100_000, encodings, some, DEFAULT_SETTINGS)).toEqual(['louvain']);
  });

  it('waits while computing, and never restarts a failed computation by itself', () => {
    const encodings = { sizeBy: 'pagerank', colourBy: 'kind' };
    expect(
      metricsToCompute(100, encodings, { status: 'computing', results: {} }, DEFAULT_SETTINGS),
    ).toBeNull();
    expect(metricsToCompute(100, encodings, { status: 'failed', results: {} }, DEFAULT_SETTINGS)).toBeNull();
    expect(
      metricsToCompute(100, encodings, { status: 'idle', results: {} }, DEFAULT_SETTINGS),
    ).not.toBeNull();
  });
});

describe('labels and rows', () => {
  const graph = makeTinyGraph();

  it('names the selection in the interface language', () => {
    const node = describeNode(graph, 'leader/wang-qingxian');
    const edge = describeEdge(graph, 'holds_office:leader/wang-qingxian->province/anhui');
    expect(makeSelectionLabel(node, null, makeI18n('zh'))).toBe('王清宪');
    expect(makeSelectionLabel(null, edge, makeI18n('en'))).toBe('Wang Qingxian holds office in Anhui');
    expect(makeSelectionLabel(null, null, makeI18n('en'))).toBeNull();
    const evidence = makeEvidenceGetter(
      graph,
      makeI18n('zh'),
    )(['holds_office:leader/wang-qingxian->province/anhui']);
    expect(evidence[0]!.label.startsWith('王清宪 ')).toBe(true);
  });

  it('gives the Metrics table rows only when the metrics are ready, with Chinese names', () => {
    expect(makeMetricsTableRows(graph, {}, 'computing')).toEqual([]);
    const rows = makeMetricsTableRows(graph, { degree: { 'province/anhui': 3 } }, 'ready');
    expect(rows.find((row) => row.key === 'province/anhui')).toMatchObject({ labelZh: '安徽', degree: 3 });
  });

  it('starts sigma with the reducers, and without edges while moving only on large graphs', () => {
    const reducers = { nodeReducer: () => ({}), edgeReducer: () => ({}) };
    expect(makeInitialSigmaSettings(graph, reducers, DEFAULT_SETTINGS)).toEqual({
      ...reducers,
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
    });
    expect(makeInitialSigmaSettings(graph, reducers, { lineEdgesAbove: 2 }).hideEdgesOnMove).toBe(true);
  });
});

describe('makeLazySearch', () => {
  it('loads the search code and builds the index at the first query or warm-up, once, then finds by name', async () => {
    const graph = makeTinyGraph();
    let reads = 0;
    const counted = new Proxy(graph, {
      get(target, property, receiver) {
        if (property === 'forEachNode') reads++;
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    let ready = 0;
    const lazy = makeLazySearch(counted, () => ready++);
    expect(reads).toBe(0);
    // Before the index is in, a query finds nothing and starts loading it.
    expect(lazy.search('Wang')).toEqual([]);
    await lazy.warm();
    expect(ready).toBe(1);
    expect(lazy.search('Wang')[0]!.key).toBe('leader/wang-qingxian');
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    await lazy.warm();
    lazy.search('Anhui');
    expect(reads).toBe(afterFirst);
    expect(ready).toBe(1);
  });
});
