// The sigma bridge: a SigmaContainer over a stable graph with memoised settings, plus its controllers.
import { SigmaContainer } from '@react-sigma/core';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Graph from 'graphology';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import '@react-sigma/core/lib/style.css';
import { EDGE_TYPES, SIGMA_DEFAULT_EDGE_TYPES, type EdgeType } from '../style/edgeTypes';
import { ContextLossController } from './ContextLossController';
import { START_VIEW_PADDING } from './fitCamera';
import { createLabelDrawing } from './labelDrawing';
import { LabelLayoutController } from './LabelLayoutController';

export interface GraphCanvasProps {
  graph: Graph;
  /** Settings beyond the defaults; must be memoised by the caller, or sigma is rebuilt. */
  settings?: Partial<Settings>;
  /** The edge programs the graph's edges use (style/edgeTypes: edgeTypesOf); only these are compiled. */
  edgeTypes?: readonly EdgeType[];
  children?: ReactNode;
}

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

export function GraphCanvas({ graph, settings, edgeTypes = EDGE_TYPES, children }: GraphCanvasProps) {
  // Bumped when a WebGL context is lost: a new key re-creates sigma (the old one is killed on unmount).
  const [generation, setGeneration] = useState(0);
  const recreate = useCallback(() => setGeneration((g) => g + 1), []);
  // One label drawing per sigma instance, given to sigma in its settings so that its first frame is final.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new sigma (generation) needs a new drawing
  const labels = useMemo(() => createLabelDrawing(), [generation]);
  // edgeTypes is stable (computed once per graph), so sigma is not rebuilt for it.
  const merged = useMemo(
    () => ({ ...DEFAULT_SIGMA_SETTINGS, ...edgeProgramsFor(edgeTypes), ...labels.settings, ...settings }),
    [settings, edgeTypes, labels],
  );
  return (
    <SigmaContainer key={generation} graph={graph} settings={merged} className="graph-canvas">
      <ContextLossController onContextLost={recreate} />
      <LabelLayoutController drawing={labels} />
      {children}
    </SigmaContainer>
  );
}
