// Unit tests of the pure view-state updates, the filter list's updates among them.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/state/defaults';
import {
  clearSelection,
  facetModeOf,
  resetFilters,
  selectEdge,
  selectNode,
  selectionChanged,
  setDepth,
  setEvidenceParagraphs,
  setFacetMode,
  setFilter,
  showPanel,
  toggleFacetValue,
  toggleKind,
  toggleRelation,
} from '../../../src/state/updates';

const ORDER = ['province/anhui', 'province/jiangsu', 'province/shanghai', 'province/zhejiang'];

describe('view updates', () => {
  it('selecting a node clears the edge, and the other way round', () => {
    const withEdge = selectEdge('e1')(DEFAULT_VIEW_STATE);
    const withNode = selectNode('n1')(withEdge);
    expect([withNode.node, withNode.edge]).toEqual(['n1', null]);
    expect(selectEdge('e2')(withNode)).toMatchObject({ node: null, edge: 'e2' });
  });

  it('returns the same state when nothing changes', () => {
    const state = selectNode('n1')(DEFAULT_VIEW_STATE);
    expect(selectNode('n1')(state)).toBe(state);
    expect(clearSelection()(DEFAULT_VIEW_STATE)).toBe(DEFAULT_VIEW_STATE);
  });

  it('toggles facet values in the graph order, drops empty facets, and never mutates', () => {
    const a = toggleFacetValue('province', 'province/zhejiang', ORDER)(DEFAULT_VIEW_STATE);
    const b = toggleFacetValue('province', 'province/anhui', ORDER)(a);
    expect(b.filters).toEqual([
      { type: 'facet', facet: 'province', values: ['province/anhui', 'province/zhejiang'], mode: 'any' },
    ]);
    const c = toggleFacetValue('group', 'x')(b);
    expect(c.filters.map((f) => f.type === 'facet' && f.facet)).toEqual(['group', 'province']);
    expect(toggleFacetValue('group', 'x')(c).filters).toEqual(b.filters);
    expect(DEFAULT_VIEW_STATE.filters).toEqual([]);
  });

  it('keeps one facet mode for all facets, "all" even before a value is chosen', () => {
    const all = setFacetMode('all', ['group', 'province'])(DEFAULT_VIEW_STATE);
    expect(facetModeOf(all)).toBe('all');
    expect(all.filters).toHaveLength(2);
    const chosen = toggleFacetValue('province', 'province/anhui', ORDER)(all);
    expect(chosen.filters).toContainEqual({
      type: 'facet',
      facet: 'province',
      values: ['province/anhui'],
      mode: 'all',
    });
    const any = setFacetMode('any', ['group', 'province'])(chosen);
    expect(any.filters).toEqual([
      { type: 'facet', facet: 'province', values: ['province/anhui'], mode: 'any' },
    ]);
  });

  it('keeps the filter list in the codec order, whatever the order of the updates', () => {
    const state = [
      setDepth(2),
      setEvidenceParagraphs([13, 12, 13]),
      toggleRelation('pledged'),
      toggleKind('theme'),
      toggleFacetValue('province', 'province/anhui'),
    ].reduce((s, update) => update(s), DEFAULT_VIEW_STATE);
    expect(state.filters.map((f) => f.type)).toEqual([
      'facet',
      'hiddenKinds',
      'hiddenRelations',
      'evidence',
      'ego',
    ]);
    expect(state.filters).toContainEqual({ type: 'evidence', paragraphs: [12, 13] });
    expect(setDepth(null)(state).filters.map((f) => f.type)).not.toContain('ego');
    expect(setFilter({ type: 'hiddenKinds', kinds: [] })(state).filters.map((f) => f.type)).not.toContain(
      'hiddenKinds',
    );
  });

  it('resets the sidebar filters but keeps the selection and the ego depth', () => {
    const state = setDepth(2)(
      toggleKind('theme')(
        toggleFacetValue('province', 'province/anhui')(selectNode('n1')(DEFAULT_VIEW_STATE)),
      ),
    );
    expect(resetFilters()(state)).toEqual({
      ...DEFAULT_VIEW_STATE,
      node: 'n1',
      filters: [{ type: 'ego', depth: 2 }],
    });
  });

  it('opens only a panel the dataset offers', () => {
    const offered = ['details', 'metrics', 'table', 'path'] as const;
    expect(showPanel('source', offered)(DEFAULT_VIEW_STATE)).toBe(DEFAULT_VIEW_STATE);
    expect(showPanel('table', offered)(DEFAULT_VIEW_STATE).panel).toBe('table');
  });

  it('tells a selection change apart from a filter change', () => {
    const selected = selectNode('n1')(DEFAULT_VIEW_STATE);
    expect(selectionChanged(DEFAULT_VIEW_STATE, selected)).toBe(true);
    expect(selectionChanged(selected, toggleKind('theme')(selected))).toBe(false);
  });
});
