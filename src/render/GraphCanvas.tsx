// The sigma bridge: a SigmaContainer over a stable graph with memoised settings, plus its controllers.
import { SigmaContainer } from '@react-sigma/core';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Graph from 'graphology';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import '@react-sigma/core/lib/style.css';
import { ContextLossController } from './ContextLossController';

export interface GraphCanvasProps {
  graph: Graph;
  /** Settings beyond the defaults; must be memoised by the caller, or sigma is rebuilt. */
  settings?: Partial<Settings>;
  children?: ReactNode;
}

export const DEFAULT_SIGMA_SETTINGS: Partial<Settings> = {
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  labelDensity: 0.5,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 9,
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
      {children}
    </SigmaContainer>
  );
}
