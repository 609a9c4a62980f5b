// Pure updates of the view state, each `(args) => (state) => state`.
import { DEFAULT_VIEW_STATE } from './defaults';
import type { CameraState, Language, PanelName, ProvinceMode, ViewState } from './types';

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

export const toggleProvince =
  (province: string, order?: readonly string[]): ViewUpdate =>
  (state) => ({ ...state, provinces: toggled(state.provinces, province, order) });

export const setProvinces =
  (provinces: readonly string[]): ViewUpdate =>
  (state) => ({ ...state, provinces: [...provinces] });

export const setProvinceMode =
  (provinceMode: ProvinceMode): ViewUpdate =>
  (state) => ({ ...state, provinceMode });

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
  provinces: [],
  provinceMode: DEFAULT_VIEW_STATE.provinceMode,
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
