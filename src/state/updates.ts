// Pure updates of the view state, each `(args) => (state) => state`.
import { DEFAULT_VIEW_STATE } from './defaults';
import type { CameraState, FacetMode, FacetSelection, Language, PanelName, ViewState } from './types';

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

/** Checks or unchecks one value of a facet; `order` lists the facet's values in display order. */
export const toggleFacetValue =
  (facet: string, value: string, order?: readonly string[]): ViewUpdate =>
  (state) => {
    const current = state.facets.find((selection) => selection.facet === facet)?.values ?? [];
    const values = toggled(current, value, order);
    const others = state.facets.filter((selection) => selection.facet !== facet);
    const facets: FacetSelection[] = values.length ? [...others, { facet, values }] : others;
    return { ...state, facets: facets.sort((a, b) => a.facet.localeCompare(b.facet)) };
  };

export const setFacetMode =
  (facetMode: FacetMode): ViewUpdate =>
  (state) => ({ ...state, facetMode });

export const toggleKind =
  (kind: string, order?: readonly string[]): ViewUpdate =>
  (state) => ({ ...state, hiddenKinds: toggled(state.hiddenKinds, kind, order) });

export const toggleRelation =
  (relation: string, order?: readonly string[]): ViewUpdate =>
  (state) => ({ ...state, hiddenRelations: toggled(state.hiddenRelations, relation, order) });

export const setCamera =
  (camera: CameraState | null): ViewUpdate =>
  (state) => ({ ...state, camera });

export const resetFilters = (): ViewUpdate => (state) => ({
  ...state,
  facets: [],
  facetMode: DEFAULT_VIEW_STATE.facetMode,
  hiddenKinds: [],
  hiddenRelations: [],
  evidenceParagraphs: [],
});

export const showPanel =
  (panel: PanelName): ViewUpdate =>
  (state) =>
    state.panel === panel ? state : { ...state, panel };

/** Focuses the graph on what one paragraph supports; the same paragraph again toggles the focus off. */
export const toggleParagraphFocus =
  (paragraph: number | null): ViewUpdate =>
  (state) => ({ ...state, focusParagraph: state.focusParagraph === paragraph ? null : paragraph });

export const setEvidenceParagraphs =
  (paragraphs: readonly number[]): ViewUpdate =>
  (state) => ({ ...state, evidenceParagraphs: [...new Set(paragraphs)].sort((a, b) => a - b) });

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

export const setDepth =
  (depth: number | null): ViewUpdate =>
  (state) => ({ ...state, depth });

export const setLanguage =
  (lang: Language): ViewUpdate =>
  (state) => ({ ...state, lang });
