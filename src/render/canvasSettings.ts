// The settings sigma is built with: the app's defaults, only the edge programs the graph uses, the label drawing's
// hooks and the view's own (reducers…). GraphCanvas and the first frame (firstFrame.ts) build them the same way.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { EDGE_TYPES, SIGMA_DEFAULT_EDGE_TYPES, type EdgeType } from '../style/edgeTypes';
import { START_VIEW_PADDING } from './fitCamera';
import type { LabelDrawing } from './labelDrawing';

export const DEFAULT_SIGMA_SETTINGS: Partial<Settings> = {
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  // Candidates for labels beyond the forced ones (sigma's label grid keeps the largest node per cell); the label
  // layout (LabelLayoutController) then draws those that fit without overlapping, inside the canvas.
  labelDensity: 1,
  labelGridCellSize: 60,
  labelRenderedSizeThreshold: 7,
  labelSize: 13,
  labelWeight: '500',
  labelFont: 'system-ui, sans-serif',
  edgeLabelFont: 'system-ui, sans-serif',
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#33414f' },
  zIndex: true,
  defaultEdgeType: 'arrow',
  edgeProgramClasses: {
    arrow: EdgeArrowProgram,
    line: EdgeLineProgram,
    curved: EdgeCurvedArrowProgram,
    // Undirected edges whose width shows a weight (a 'line' is always one pixel).
    rectangle: EdgeRectangleProgram,
  } satisfies Record<EdgeType, unknown>,
  // A container without size (a hidden drawer, or one being replaced) must not throw: sigma just waits for a size.
  allowInvalidContainer: true,
  // The fit's margins (render/fitCamera): the start camera frames the whole graph as a fit would.
  stagePadding: START_VIEW_PADDING,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
};

/**
 * Only the programs of `edgeTypes`: each program sigma registers is compiled when sigma starts. sigma registers its
 * default types ('arrow', 'line') in any case: one the graph does not use gets the cheapest program to compile.
 */
function edgeProgramsFor(edgeTypes: readonly EdgeType[]): Partial<Settings> {
  const all = DEFAULT_SIGMA_SETTINGS.edgeProgramClasses!;
  const used = EDGE_TYPES.filter((type) => edgeTypes.includes(type));
  if (used.length === 0) return {};
  const unusedDefaults = SIGMA_DEFAULT_EDGE_TYPES.filter((type) => !used.includes(type));
  return {
    defaultEdgeType: used[0],
    edgeProgramClasses: Object.fromEntries([
      ...used.map((type) => [type, all[type]!]),
      ...unusedDefaults.map((type) => [type, EdgeLineProgram]),
    ]),
  };
}

/** Everything sigma is built with, for a graph whose edges use `edgeTypes`; `settings` (memoised) win. */
export function makeCanvasSettings(
  edgeTypes: readonly EdgeType[],
  labels: LabelDrawing,
  settings: Partial<Settings> | undefined,
): Partial<Settings> {
  return { ...DEFAULT_SIGMA_SETTINGS, ...edgeProgramsFor(edgeTypes), ...labels.settings, ...settings };
}
