// Unit tests of the pure view-state updates.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/state/defaults';
import {
  clearSelection,
  resetFilters,
  selectEdge,
  selectNode,
  selectionChanged,
  toggleKind,
  toggleFacetValue,
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
    expect(b.facets).toEqual([{ facet: 'province', values: ['province/anhui', 'province/zhejiang'] }]);
    const c = toggleFacetValue('group', 'x')(b);
    expect(c.facets.map((f) => f.facet)).toEqual(['group', 'province']);
    expect(toggleFacetValue('group', 'x')(c).facets).toEqual(b.facets);
    expect(DEFAULT_VIEW_STATE.facets).toEqual([]);
  });

  it('resets filters but keeps the selection', () => {
    const state = toggleKind('theme')(
      toggleFacetValue('province', 'province/anhui')(selectNode('n1')(DEFAULT_VIEW_STATE)),
    );
    expect(resetFilters()(state)).toEqual({ ...DEFAULT_VIEW_STATE, node: 'n1' });
  });

  it('tells a selection change apart from a filter change', () => {
    const selected = selectNode('n1')(DEFAULT_VIEW_STATE);
    expect(selectionChanged(DEFAULT_VIEW_STATE, selected)).toBe(true);
    expect(selectionChanged(selected, toggleKind('theme')(selected))).toBe(false);
  });
});
