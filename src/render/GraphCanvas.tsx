// The sigma bridge: a SigmaContainer over a stable graph with memoised settings, plus its controllers.
import { SigmaContainer } from '@react-sigma/core';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Graph from 'graphology';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import '@react-sigma/core/lib/style.css';
import { ContextLossController } from './ContextLossController';
import { LabelLayoutController } from './LabelLayoutController';

export interface GraphCanvasProps {
  graph: Graph;
  /** Settings beyond the defaults; must be memoised by the caller, or sigma is rebuilt. */
  settings?: Partial<Settings>;
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
  },
  // A container without size (a hidden drawer, or one being replaced) must not throw: sigma just waits for a size.
  allowInvalidContainer: true,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
};

export function GraphCanvas({ graph, settings, children }: GraphCanvasProps) {
  const merged = useMemo(() => ({ ...DEFAULT_SIGMA_SETTINGS, ...settings }), [settings]);
  // Bumped when a WebGL context is lost: a new key re-creates sigma (the old one is killed on unmount).
  const [generation, setGeneration] = useState(0);
  const recreate = useCallback(() => setGeneration((g) => g + 1), []);
  return (
    <SigmaContainer key={generation} graph={graph} settings={merged} className="graph-canvas">
      <ContextLossController onContextLost={recreate} />
      <LabelLayoutController />
      {children}
    </SigmaContainer>
  );
}
