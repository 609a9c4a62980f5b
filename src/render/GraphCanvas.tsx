// The sigma bridge: a SigmaContainer over a stable graph with memoised settings (or the sigma that drew the first
// frame, adopted), plus its controllers.
import { SigmaContainer } from '@react-sigma/core';
import type Graph from 'graphology';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from 'sigma/settings';
import '@react-sigma/core/lib/style.css';
import { EDGE_TYPES, type EdgeType } from '../style/edgeTypes';
import { AdoptedSigmaContainer } from './AdoptedSigmaContainer';
import { makeCanvasSettings } from './canvasSettings';
import { ContextLossController } from './ContextLossController';
import type { FirstFrame } from './firstFrame';
import { createLabelDrawing } from './labelDrawing';
import { LabelLayoutController } from './LabelLayoutController';

export interface GraphCanvasProps {
  graph: Graph;
  /** Settings beyond the defaults; must be memoised by the caller, or sigma is rebuilt. */
  settings?: Partial<Settings>;
  /** The edge programs the graph's edges use (style/edgeTypes: edgeTypesOf); only these are compiled. */
  edgeTypes?: readonly EdgeType[];
  /** A sigma that drew this graph before the interface loaded (firstFrame.ts): adopted instead of building one. */
  firstFrame?: FirstFrame | null;
  children?: ReactNode;
}

const sameTypes = (a: readonly EdgeType[], b: readonly EdgeType[]) =>
  a.length === b.length && a.every((type, i) => type === b[i]);

export function GraphCanvas({
  graph,
  settings,
  edgeTypes = EDGE_TYPES,
  firstFrame,
  children,
}: GraphCanvasProps) {
  // Bumped when a WebGL context is lost: a new key re-creates sigma (the old one is killed on unmount).
  const [generation, setGeneration] = useState(0);
  const recreate = useCallback(() => setGeneration((g) => g + 1), []);
  // The first frame's sigma is adopted, unless its context was lost since (or it drew another graph, or with other
  // edge programs).
  const adopted =
    generation === 0 && firstFrame?.graph === graph && sameTypes(firstFrame.edgeTypes, edgeTypes)
      ? firstFrame
      : null;
  // One label drawing per sigma instance, given to sigma in its settings so that its first frame is final.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new sigma (generation) needs a new drawing
  const labels = useMemo(() => adopted?.labels ?? createLabelDrawing(), [generation]);
  // edgeTypes is stable (computed once per graph), so sigma is not rebuilt for it.
  const merged = useMemo(
    () => makeCanvasSettings(edgeTypes, labels, settings),
    [settings, edgeTypes, labels],
  );
  const controllers = (
    <>
      <ContextLossController onContextLost={recreate} />
      <LabelLayoutController drawing={labels} />
      {children}
    </>
  );
  return adopted ? (
    <AdoptedSigmaContainer key={generation} frame={adopted} className="graph-canvas">
      {controllers}
    </AdoptedSigmaContainer>
  ) : (
    <SigmaContainer key={generation} graph={graph} settings={merged} className="graph-canvas">
      {controllers}
    </SigmaContainer>
  );
}
