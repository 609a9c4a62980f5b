// Pure updates of the view state, each `(args) => (state) => state`.
import { filtersOf, resetFilterList, withFilter } from './filterList';
import type {
  CameraState,
  FacetMode,
  FilterEntry,
  FilterType,
  Language,
  PanelName,
  ViewState,
} from './types';

export type ViewUpdate = (state: ViewState) => ViewState;

function toggled(list: readonly string[], value: string, order?: readonly string[]): string[] {
  const next = list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  return order ? order.filter((item) => next.includes(item)) : next.sort();
}

export const selectNode =
  (node: string | null): ViewUpdate =>
  (state) =>
    state.node === node && state.edge === null ? state : { ...state, node, edge: null };

export const selectEdge =
  (edge: string | null): ViewUpdate =>
  (state) =>
    state.edge === edge && state.node === null ? state : { ...state, edge, node: null };

export const clearSelection = (): ViewUpdate => (state) =>
  state.node === null && state.edge === null ? state : { ...state, node: null, edge: null };

/** Sets a filter entry, replacing the one of the same type (and key); an entry that filters nothing removes it. */
export const setFilter =
  (filter: FilterEntry): ViewUpdate =>
  (state) => ({ ...state, filters: withFilter(state.filters, filter) });

/** Removes every entry of a filter type. */
export const removeFilters =
  (type: FilterType): ViewUpdate =>
  (state) => ({ ...state, filters: state.filters.filter((filter) => filter.type !== type) });

/** Removes the sidebar's filters; the ones whose codec says so (the ego depth) stay. */
export const resetFilters = (): ViewUpdate => (state) => ({
  ...state,
  filters: resetFilterList(state.filters),
});

/** The facets' shared mode: the first facet entry's ("any" when none). */
export const facetModeOf = (state: ViewState): FacetMode =>
  filtersOf(state.filters, 'facet')[0]?.mode ?? 'any';

/** Checks or unchecks one value of a facet; `order` lists the facet's values in display order. */
export const toggleFacetValue =
  (facet: string, value: string, order?: readonly string[]): ViewUpdate =>
  (state) => {
    const current = filtersOf(state.filters, 'facet').find((filter) => filter.facet === facet);
    const values = toggled(current?.values ?? [], value, order);
    return setFilter({ type: 'facet', facet, values, mode: current?.mode ?? facetModeOf(state) })(state);
  };

/** One mode for all `facets` (the sidebar offers one choice); "all" is kept even before a value is chosen. */
export const setFacetMode =
  (mode: FacetMode, facets: readonly string[]): ViewUpdate =>
  (state) =>
    facets.reduce((next, facet) => {
      const current = filtersOf(next.filters, 'facet').find((filter) => filter.facet === facet);
      return setFilter({ type: 'facet', facet, values: current?.values ?? [], mode })(next);
    }, state);

export const toggleKind =
  (kind: string, order?: readonly string[]): ViewUpdate =>
  (state) => {
    const kinds = toggled(filtersOf(state.filters, 'hiddenKinds')[0]?.kinds ?? [], kind, order);
    return setFilter({ type: 'hiddenKinds', kinds })(state);
  };

export const toggleRelation =
  (relation: string, order?: readonly string[]): ViewUpdate =>
  (state) => {
    const current = filtersOf(state.filters, 'hiddenRelations')[0]?.relations ?? [];
    return setFilter({ type: 'hiddenRelations', relations: toggled(current, relation, order) })(state);
  };

export const setEvidenceParagraphs =
  (paragraphs: readonly number[]): ViewUpdate =>
  (state) =>
    setFilter({ type: 'evidence', paragraphs: [...new Set(paragraphs)].sort((a, b) => a - b) })(state);

/** The ego network's depth around the selected node, or null to show everything. */
export const setDepth =
  (depth: number | null): ViewUpdate =>
  (state) =>
    depth === null ? removeFilters('ego')(state) : setFilter({ type: 'ego', depth })(state);

export const setCamera =
  (camera: CameraState | null): ViewUpdate =>
  (state) => ({ ...state, camera });

/** Opens a panel; a panel the dataset does not offer (`available`) leaves the state as it is. */
export const showPanel =
  (panel: PanelName, available?: readonly PanelName[]): ViewUpdate =>
  (state) =>
    state.panel === panel || (available && !available.includes(panel)) ? state : { ...state, panel };

/** Focuses the graph on what one paragraph supports; the same paragraph again toggles the focus off. */
export const toggleParagraphFocus =
  (paragraph: number | null): ViewUpdate =>
  (state) => ({ ...state, focusParagraph: state.focusParagraph === paragraph ? null : paragraph });

export const setPathEnds =
  (pathFrom: string | null, pathTo: string | null): ViewUpdate =>
  (state) => ({ ...state, pathFrom, pathTo });

/** True when the two states differ in what is selected (used to make a new history entry). */
export function selectionChanged(a: ViewState, b: ViewState): boolean {
  return a.node !== b.node || a.edge !== b.edge;
}

export const setSizeBy =
  (sizeBy: string): ViewUpdate =>
  (state) => ({ ...state, sizeBy });

export const setColourBy =
  (colourBy: string): ViewUpdate =>
  (state) => ({ ...state, colourBy });

export const setLanguage =
  (lang: Language): ViewUpdate =>
  (state) => ({ ...state, lang });
