// Unit tests of the stage, edge-facet and range filters in the URL: round trip, and decoded values checked.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/state/defaults';
import {
  removeRange,
  setRange,
  setStage,
  stageOf,
  toggleEdgeFacetValue,
} from '../../../src/state/filterUpdates';
import type { FilterEntry, ViewContext, ViewState } from '../../../src/state/types';
import { cleanView, decodeView, encodeView } from '../../../src/state/urlCodec';
import { resetFilters } from '../../../src/state/updates';

const context: ViewContext = {
  hasNode: () => false,
  hasEdge: () => false,
  facets: [],
  kinds: [],
  relations: [],
  stages: ['new', 'continuing'],
  edgeFacets: [{ attribute: 'line', values: ['HSR', 'intercity, old'] }],
  rangeFields: ['degree', 'pagerank', 'attr:population'],
  paragraphCount: 0,
  sizeOptions: ['degree'],
  colourOptions: ['kind'],
  panels: ['details'],
};

const withFilters = (filters: FilterEntry[]): ViewState => ({ ...DEFAULT_VIEW_STATE, filters });
const decode = (query: string) => cleanView(decodeView(query), context).filters;

describe('URL codecs of the stage, edge-facet and range filters', () => {
  it('round-trip, in the canonical order', () => {
    const filters: FilterEntry[] = [
      { type: 'stage', stage: 'continuing' },
      { type: 'edgeFacet', attribute: 'line', hidden: ['intercity, old'] },
      { type: 'range', field: 'attr:population', min: -1.5, max: 2e6 },
      { type: 'range', field: 'degree', min: 2, max: 10 },
    ];
    const query = encodeView(withFilters(filters), context);
    expect(query).toContain('stage=continuing');
    expect(query).toContain('r.degree=2,10');
    expect(decode(query)).toEqual(filters);
  });

  it('leave an unfiltered view out of the URL', () => {
    expect(encodeView(withFilters([]), context)).toBe('');
  });

  it('drop a stage, edge value or field the graph does not have', () => {
    expect(decode('stage=old&e.line=metro&e.colour=red&r.betweenness=0,1')).toEqual([]);
    expect(decode('stage=new')).toEqual([{ type: 'stage', stage: 'new' }]);
    expect(cleanView(decodeView('stage=new'), { ...context, stages: [] }).filters).toEqual([]);
  });

  it('drop ranges that are not two finite numbers in order', () => {
    for (const bad of ['1', '1,2,3', '3,1', 'a,b', 'Infinity,1', '1,1e999', '0x1,2', ',2'])
      expect(decode(`r.degree=${encodeURIComponent(bad)}`), bad).toEqual([]);
    expect(decode('r.pagerank=.5,1.25e-1')).toEqual([]);
    expect(decode('r.pagerank=0.05,1.25e-1')).toEqual([
      { type: 'range', field: 'pagerank', min: 0.05, max: 0.125 },
    ]);
  });
});

describe('updates of the stage, edge-facet and range filters', () => {
  it('set and clear the stage', () => {
    const state = setStage('new')(DEFAULT_VIEW_STATE);
    expect(stageOf(state)).toBe('new');
    expect(stageOf(setStage(null)(state))).toBeNull();
  });

  it('toggle edge facet values in display order, and remove the entry when nothing is hidden', () => {
    const order = ['a', 'b', 'c'];
    let state = toggleEdgeFacetValue('line', 'c', order)(DEFAULT_VIEW_STATE);
    state = toggleEdgeFacetValue('line', 'a', order)(state);
    expect(state.filters).toEqual([{ type: 'edgeFacet', attribute: 'line', hidden: ['a', 'c'] }]);
    state = toggleEdgeFacetValue('line', 'a', order)(toggleEdgeFacetValue('line', 'c', order)(state));
    expect(state.filters).toEqual([]);
  });

  it('set ranges per field (bounds in order), remove one, and reset them all', () => {
    let state = setRange('degree', 9, 3)(DEFAULT_VIEW_STATE);
    state = setRange('pagerank', 0, 1)(state);
    expect(state.filters[0]).toEqual({ type: 'range', field: 'degree', min: 3, max: 9 });
    expect(removeRange('degree')(state).filters).toEqual([
      { type: 'range', field: 'pagerank', min: 0, max: 1 },
    ]);
    expect(resetFilters()(state).filters).toEqual([]);
  });
});
