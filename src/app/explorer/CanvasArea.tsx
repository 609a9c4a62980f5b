// The graph area: the canvas's text alternative, sigma with its controllers, and the toolbars drawn over it.
import { useEffect, type RefObject } from 'react';
import {
  CameraController,
  EventsController,
  GraphCanvas,
  ReducersController,
  SigmaReadyController,
  useCanvasControls,
  useImageExport,
  type CanvasControls,
} from '../../render';
import { setCamera } from '../../state/updates';
import { GraphDescription } from '../../ui/GraphDescription';
import { GraphToolbar } from '../../ui/GraphToolbar';
import { ImageExportBar } from '../../ui/ImageExportBar';
import type { ExplorerModel } from './useExplorerModel';

/** The canvas actions the keyboard shortcuts reach (zoom in, zoom out, fit), once sigma exists. */
export type CanvasActions = Pick<CanvasControls, 'zoomIn' | 'zoomOut' | 'fit'>;

export interface CanvasAreaProps {
  model: ExplorerModel;
  canvasActionsRef: RefObject<CanvasActions | null>;
}

/** Inside sigma: the toolbar and the picture export, which need sigma's camera and drawing. */
function CanvasToolbars({ model, canvasActionsRef }: CanvasAreaProps) {
  const { dataset, reducedMotion, settings } = model;
  const controls = useCanvasControls({
    initialPositions: model.initialPositions,
    reducedMotion,
    autoLayout: Boolean(dataset.needsLayout),
    settings,
  });
  useEffect(() => {
    canvasActionsRef.current = controls;
  });
  const exporter = useImageExport(dataset.name.replace(/\.[^.]+$/, ''));
  return (
    <>
      <GraphToolbar controls={controls} />
      <ImageExportBar exporter={exporter} />
    </>
  );
}

export function CanvasArea({ model, canvasActionsRef }: CanvasAreaProps) {
  const { graph, graphView, view, dispatch, i18n, selection, actions } = model;
  return (
    <div className="graph-area" role="region" aria-label={i18n.t.graph} aria-describedby="graph-description">
      <GraphDescription
        id="graph-description"
        datasetTitle={model.dataset.title}
        visibleNodes={graphView.visibility.nodeCount}
        totalNodes={graph.order}
        visibleEdges={graphView.visibility.edgeCount}
        selection={selection.label}
        selectionRelations={selection.node ? graph.degree(selection.node.key) : null}
      />
      <GraphCanvas graph={graph} settings={model.sigmaSettings}>
        <SigmaReadyController onReady={model.onSigmaReady} />
        <ReducersController nodeReducer={graphView.nodeReducer} edgeReducer={graphView.edgeReducer} />
        <EventsController
          onSelectNode={actions.selectNode}
          onSelectEdge={actions.selectEdge}
          onClear={actions.clear}
          onHoverNode={model.setHoveredNode}
          onHoverEdge={model.setHoveredEdge}
        />
        <CameraController
          initialCamera={view.camera}
          focusNode={view.node}
          onCameraChange={(camera) => dispatch(setCamera(camera))}
          reducedMotion={model.reducedMotion}
          timing={model.settings.camera}
        />
        <CanvasToolbars model={model} canvasActionsRef={canvasActionsRef} />
      </GraphCanvas>
    </div>
  );
}
