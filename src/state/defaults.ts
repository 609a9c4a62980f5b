// The default view: nothing selected, no filter, the camera as sigma fits it.
import type { ViewState } from './types';

/** The ego network's depth range, in hops. */
export const MIN_EGO_DEPTH = 1;
export const MAX_EGO_DEPTH = 3;

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  node: null,
  edge: null,
  facets: [],
  facetMode: 'any',
  hiddenKinds: [],
  hiddenRelations: [],
  camera: null,
  panel: 'details',
  focusParagraph: null,
  evidenceParagraphs: [],
  pathFrom: null,
  pathTo: null,
  sizeBy: 'degree',
  colourBy: 'kind',
  depth: null,
  lang: 'en',
}) as ViewState;
