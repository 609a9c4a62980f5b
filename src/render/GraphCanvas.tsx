// The sigma bridge: a SigmaContainer over a stable graph with memoised settings, plus its controllers.
import { SigmaContainer } from '@react-sigma/core';
import type Graph from 'graphology';
import { useMemo, type ReactNode } from 'react';
import type { Settings } from 'sigma/settings';
import '@react-sigma/core/lib/style.css';

export interface GraphCanvasProps {
  graph: Graph;
  /** Settings beyond the defaults; must be memoised by the caller, or sigma is rebuilt. */
  settings?: Partial<Settings>;
  children?: ReactNode;
}

export const DEFAULT_SIGMA_SETTINGS: Partial<Settings> = {
  renderEdgeLabels: false,
  labelDensity: 0.7,
  labelGridCellSize: 80,
  labelRenderedSizeThreshold: 6,
  zIndex: true,
  defaultEdgeType: 'arrow',
};

export function GraphCanvas({ graph, settings, children }: GraphCanvasProps) {
  const merged = useMemo(() => ({ ...DEFAULT_SIGMA_SETTINGS, ...settings }), [settings]);
  return (
    <SigmaContainer graph={graph} settings={merged} className="graph-canvas" aria-label="Graph">
      {children}
    </SigmaContainer>
  );
}
