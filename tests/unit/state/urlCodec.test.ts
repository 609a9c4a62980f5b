// Unit tests of the URL codec: round trip, defaults left out, garbage in, and values checked against the graph.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/state/defaults';
import type { FilterEntry, ViewContext, ViewState } from '../../../src/state/types';
import { cleanView, decodeView, encodeView } from '../../../src/state/urlCodec';

const context: ViewContext = {
  hasNode: (key) => ['leader/wang-qingxian', 'province/anhui', 'province/zhejiang'].includes(key),
  hasEdge: (key) => key === 'holds_office:leader/wang-qingxian->province/anhui',
  facets: [
    { facet: 'group', values: ['a, b', 'c'] },
    {
      facet: 'province',
      values: ['province/anhui', 'province/jiangsu', 'province/shanghai', 'province/zhejiang'],
      param: 'provinces',
      valuePrefix: 'province/',
    },
  ],
  kinds: ['leader', 'province', 'theme'],
  relations: ['holds_office', 'pledged'],
  paragraphCount: 15,
  sizeOptions: ['degree', 'pagerank'],
  colourOptions: ['kind', 'louvain'],
  panels: ['details', 'source', 'metrics', 'compare', 'table', 'path'],
};

/** Every filter type at once, in the canonical order. */
const FULL_FILTERS: FilterEntry[] = [
  { type: 'facet', facet: 'group', values: [], mode: 'all' },
  { type: 'facet', facet: 'province', values: ['province/anhui', 'province/zhejiang'], mode: 'all' },
  { type: 'hiddenKinds', kinds: ['theme'] },
  { type: 'hiddenRelations', relations: ['pledged'] },
  { type: 'evidence', paragraphs: [12, 13] },
  { type: 'ego', depth: 2 },
];

const roundTrip = (state: ViewState) => cleanView(decodeView(encodeView(state, context)), context);

describe('URL codec', () => {
  it('leaves the default view out of the URL', () => {
    expect(encodeView(DEFAULT_VIEW_STATE, context)).toBe('');
    expect(roundTrip(DEFAULT_VIEW_STATE)).toEqual(DEFAULT_VIEW_STATE);
  });

  it('round-trips a full view', () => {
    const state: ViewState = {
      node: 'leader/wang-qingxian',
      edge: null,
      filters: FULL_FILTERS,
      camera: { x: 0.5, y: 0.25, ratio: 0.8 },
      panel: 'source',
      focusParagraph: 3,
      pathFrom: 'leader/wang-qingxian',
      pathTo: 'province/zhejiang',
      sizeBy: 'pagerank',
      colourBy: 'louvain',
      lang: 'zh',
    };
    expect(encodeView(state, context)).toBe(
      'node=leader/wang-qingxian&provinces=anhui,zhejiang&mode=all&hideKinds=theme&hideRelations=pledged' +
        '&paragraphs=12,13&depth=2&camera=0.5,0.25,0.8&panel=source&focus=3&from=leader/wang-qingxian' +
        '&to=province/zhejiang&size=pagerank&colour=louvain&lang=zh',
    );
    expect(roundTrip(state)).toEqual(state);
  });

  it('reads the URLs written before the filters became a list, in any parameter order', () => {
    const old =
      '?node=leader/wang-qingxian&provinces=anhui,zhejiang&mode=all&hideKinds=theme&hideRelations=pledged' +
      '&camera=0.5,0.25,0.8&panel=source&focus=3&paragraphs=12,13&from=leader/wang-qingxian&to=province/zhejiang' +
      '&size=pagerank&colour=louvain&depth=2&lang=zh';
    const state = cleanView(decodeView(old), context);
    expect(state.filters).toEqual(FULL_FILTERS);
    expect(encodeView(state, context).split('&').sort()).toEqual(old.slice(1).split('&').sort());
  });

  it('round-trips attribute facets whose values contain commas', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      filters: [
        { type: 'facet', facet: 'group', values: ['a, b'], mode: 'any' },
        { type: 'facet', facet: 'province', values: ['province/zhejiang'], mode: 'any' },
      ],
    };
    expect(encodeView(state, context)).toBe('f.group=a%252C%2520b&provinces=zhejiang');
    expect(roundTrip(state)).toEqual(state);
    expect(cleanView(decodeView('?f.group=zzz&f.unknown=a'), context).filters).toEqual([]);
  });

  it('round-trips an edge selection', () => {
    const state = { ...DEFAULT_VIEW_STATE, edge: 'holds_office:leader/wang-qingxian->province/anhui' };
    expect(roundTrip(state)).toEqual(state);
  });

  it('reads the readable form from the issue', () => {
    const state = cleanView(decodeView('?node=leader/wang-qingxian&provinces=zhejiang,anhui'), context);
    expect(state.node).toBe('leader/wang-qingxian');
    expect(state.filters).toEqual([
      { type: 'facet', facet: 'province', values: ['province/anhui', 'province/zhejiang'], mode: 'any' },
    ]);
  });

  it('drops unknown and invalid values, keeping the valid ones', () => {
    const state = cleanView(
      decodeView(
        '?node=leader/nobody&edge=x&provinces=atlantis,anhui,anhui&mode=some&hideKinds=theme,ghost&hideRelations=__proto__&camera=1,2',
      ),
      context,
    );
    expect(state).toEqual({
      ...DEFAULT_VIEW_STATE,
      filters: [
        { type: 'facet', facet: 'province', values: ['province/anhui'], mode: 'any' },
        { type: 'hiddenKinds', kinds: ['theme'] },
      ],
    });
  });

  it('keeps only paragraph numbers of the source, and known panels and path ends', () => {
    const state = cleanView(
      decodeView('?focus=16&paragraphs=0,3,3,x,15,1e2,-1&panel=admin&from=leader/nobody&to=province/anhui'),
      context,
    );
    expect(state).toMatchObject({
      focusParagraph: null,
      filters: [{ type: 'evidence', paragraphs: [3, 15] }],
      panel: 'details',
      pathFrom: null,
      pathTo: 'province/anhui',
    });
    expect(cleanView(decodeView('?focus=3'), context).focusParagraph).toBe(3);
    expect(cleanView(decodeView('?focus=3'), { ...context, paragraphCount: 0 }).focusParagraph).toBeNull();
  });

  it('opens only a panel the dataset offers: ?panel=source without a source falls back to Details', () => {
    const noSource = {
      ...context,
      paragraphCount: 0,
      panels: ['details', 'metrics', 'table', 'path'] as const,
    };
    expect(cleanView(decodeView('?panel=source'), context).panel).toBe('source');
    expect(cleanView(decodeView('?panel=source'), noSource).panel).toBe('details');
    expect(cleanView(decodeView('?panel=compare'), noSource).panel).toBe('details');
    expect(cleanView(decodeView('?panel=table'), noSource).panel).toBe('table');
  });

  it('keeps only encodings the graph offers and depths of 1 to 3 hops', () => {
    const state = cleanView(decodeView('?size=eval&colour=constructor&depth=4'), context);
    expect([state.sizeBy, state.colourBy, state.filters]).toEqual(['degree', 'kind', []]);
    expect(cleanView(decodeView('?depth=02'), context).filters).toEqual([]);
    expect(cleanView(decodeView('?depth=3&size=pagerank'), context)).toMatchObject({
      filters: [{ type: 'ego', depth: 3 }],
      sizeBy: 'pagerank',
    });
  });

  it('rejects non-finite or absurd cameras', () => {
    for (const camera of ['NaN,0,1', '0,0,-1', '0,0,Infinity', '1e9,0,1', 'a,b,c']) {
      expect(cleanView(decodeView(`camera=${camera}`), context).camera).toBeNull();
    }
  });

  it('survives garbage', () => {
    const garbage = [
      '%',
      '%E0%A4%A',
      '&&&==',
      '?node=%00',
      `node=${'x'.repeat(10_000)}`,
      '?provinces=,,,',
      '?__proto__=1',
    ];
    for (const search of garbage) {
      expect(cleanView(decodeView(search), context)).toMatchObject({ node: null, filters: [] });
    }
  });

  it('reads parameters named like Object members as the text of the URL, never as inherited members', () => {
    const named: ViewContext = {
      ...context,
      facets: [
        { facet: 'constructor', values: ['a'], param: 'constructor' },
        { facet: 'toString', values: ['b'], param: 'toString' },
      ],
    };
    // Absent: no filter (a lookup in a plain object would find Object.prototype's members here, and fail).
    expect(cleanView(decodeView('?hideKinds=leader'), named).filters).toEqual([
      { type: 'hiddenKinds', kinds: ['leader'] },
    ]);
    expect(cleanView(decodeView('?constructor=a&toString=b'), named).filters).toEqual([
      { type: 'facet', facet: 'constructor', values: ['a'], mode: 'any' },
      { type: 'facet', facet: 'toString', values: ['b'], mode: 'any' },
    ]);
    expect(decodeView('?__proto__=x').get('__proto__')).toBe('x');
  });
});
