// The default view: nothing selected, no filter, the camera as sigma fits it.
import type { ViewState } from './types';

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  node: null,
  edge: null,
  filters: [],
  camera: null,
  panel: 'details',
  focusParagraph: null,
  pathFrom: null,
  pathTo: null,
  sizeBy: 'degree',
  colourBy: 'kind',
  lang: 'en',
}) as ViewState;
