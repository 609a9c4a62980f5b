// The default view: nothing selected, no filter, the camera as sigma fits it.
import type { ViewState } from './types';

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  node: null,
  edge: null,
  provinces: [],
  provinceMode: 'any',
  hiddenKinds: [],
  hiddenRelations: [],
  camera: null,
  panel: 'details',
  focusParagraph: null,
  evidenceParagraphs: [],
  pathFrom: null,
  pathTo: null,
}) as ViewState;
