// Draws the graph before the interface's code has loaded (render/firstFrame), styled as the explorer opens it: the
// view decoded from the URL, and the encoding and reducers useExplorerModel computes at its first render.
import { computeVisibility } from '../model/filters/visibility';
import { drawFirstFrame, type FirstFrame } from '../render/firstFrame';
import { cleanView, decodeView } from '../state/urlCodec';
import { makeNodeLooks } from '../style/appearance';
import { makeEdgeThickness } from '../style/edgeThickness';
import { edgeTypesOf } from '../style/edgeTypes';
import { makeNodeEncoding } from '../style/encoding';
import { computeFocus, makeEdgeReducer, makeNodeReducer } from '../style/reducers';
import { DEFAULT_SETTINGS } from '../style/settings';
import type { LoadedDataset } from './dataset';
import {
  makeAutoColourBy,
  makeInitialSigmaSettings,
  makeViewContext,
  opensUnfocused,
} from './explorer/explorerModel';
import { makeFacets } from './explorer/facets';

/**
 * The first frame of `dataset` in `host` (the graph area's box), or null when the URL's view opens otherwise (the
 * explorer then draws the graph itself).
 */
export function drawStartFrame(dataset: LoadedDataset, host: HTMLElement, search: string): FirstFrame | null {
  const { graph } = dataset;
  const settings = DEFAULT_SETTINGS;
  const facets = makeFacets(graph);
  const context = makeViewContext(graph, facets, dataset.source, makeAutoColourBy(graph, facets));
  const view = cleanView(decodeView(search), context);
  if (!opensUnfocused(view)) return null;
  // No metric is computed yet when the explorer first renders; the graph's own weights, if any, set edge widths.
  const encoding = makeNodeEncoding(graph, { sizeBy: view.sizeBy, colourBy: view.colourBy }, {}, settings);
  const weights = facets.weightAttribute;
  const highlight = { selectedNode: null, selectedEdge: null, hoveredNode: null, hoveredEdge: null };
  const input = {
    graph,
    looks: makeNodeLooks(graph, encoding),
    visibility: computeVisibility(graph, view.filters),
    focus: computeFocus(graph, highlight, { pathEdges: [], paragraph: null }),
    preferZh: view.lang === 'zh',
    settings,
    edgeThickness: weights ? makeEdgeThickness(graph, weights, settings.edgeSizeRange) : null,
    ...highlight,
  };
  const reducers = { nodeReducer: makeNodeReducer(input), edgeReducer: makeEdgeReducer(input) };
  return drawFirstFrame(graph, host, {
    edgeTypes: edgeTypesOf(graph, settings),
    settings: makeInitialSigmaSettings(graph, reducers, settings),
    minFitRatio: settings.camera.focusMaxRatio / 4,
  });
}
