// The graph area: the canvas's text alternative, sigma with its controllers, and the toolbars drawn over it.
import { useEffect, useMemo, type RefObject } from 'react';
import {
  CameraController,
  EventsController,
  GraphCanvas,
  ReducersController,
  SigmaReadyController,
  useCanvasControls,
  useImageExport,
  type CanvasControls,
  type FirstFrame,
} from '../../render';
import { canLayoutByProvince } from '../../model/provinceLayout';
import { setCamera } from '../../state/updates';
import { GraphDescription } from '../../ui/GraphDescription';
import { GraphToolbar } from '../../ui/GraphToolbar';
import { ImageExportBar } from '../../ui/ImageExportBar';
import { makePictureCaption } from './pictureCaption';
import type { ExplorerModel } from './useExplorerModel';

/** The canvas actions the keyboard shortcuts reach (zoom in, zoom out, fit), once sigma exists. */
export type CanvasActions = Pick<CanvasControls, 'zoomIn' | 'zoomOut' | 'fit'>;

export interface CanvasAreaProps {
  model: ExplorerModel;
  canvasActionsRef: RefObject<CanvasActions | null>;
  /** A sigma that already drew this graph (drawStartFrame), to adopt. */
  firstFrame?: FirstFrame | null;
}

/** Inside sigma: the toolbar and the picture export, which need sigma's camera and drawing. */
function CanvasToolbars({ model, canvasActionsRef }: CanvasAreaProps) {
  const { dataset, reducedMotion, settings, graph } = model;
  const byProvince = useMemo(() => canLayoutByProvince(graph), [graph]);
  const controls = useCanvasControls({
    initialPositions: model.initialPositions,
    reducedMotion,
    autoLayout: Boolean(dataset.needsLayout),
    byProvince,
    settings,
  });
  useEffect(() => {
    canvasActionsRef.current = controls;
  });
  const exporter = useImageExport(dataset.name.replace(/\.[^.]+$/, ''), () =>
    makePictureCaption(
      {
        title: dataset.title,
        sourceTitle: dataset.source?.title ?? null,
        filters: model.view.filters,
        focusParagraph: model.view.focusParagraph,
        facets: model.localFacets,
        colourBy: model.encoding.colourBy,
        legend: model.encoding.colourLegend,
        communityCentres: model.communityCentres,
      },
      model.i18n,
    ),
  );
  return (
    <>
      <GraphToolbar controls={controls} />
      <ImageExportBar exporter={exporter} />
    </>
  );
}

/**
 * What the camera frames: everything shown after a change of filters, ego centre or paragraph focus (a focused
 * paragraph's support, with the selection, when there is one); and the selection with its neighbours.
 */
function useCameraTargets(model: ExplorerModel) {
  const { graph, view, graphView } = model;
  const egoCentre = view.filters.some((filter) => filter.type === 'ego') ? view.node : null;
  const paragraphNodes = graphView.paragraph?.nodes;
  const fitTarget = useMemo(() => {
    const nodes = paragraphNodes?.size ? [...paragraphNodes] : null;
    if (nodes && view.node) nodes.push(view.node);
    return {
      key: JSON.stringify([view.filters, view.focusParagraph, egoCentre]),
      nodes,
    };
  }, [view.filters, view.focusParagraph, egoCentre, paragraphNodes, view.node]);
  const selectionTarget = useMemo(() => {
    if (view.node && graph.hasNode(view.node))
      return {
        key: `node:${view.node}`,
        nodes: [view.node, ...graph.neighbors(view.node)],
        centre: view.node,
      };
    if (view.edge && graph.hasEdge(view.edge))
      return { key: `edge:${view.edge}`, nodes: graph.extremities(view.edge) };
    return { key: '', nodes: null };
  }, [graph, view.node, view.edge]);
  return { fitTarget, selectionTarget };
}

export function CanvasArea({ model, canvasActionsRef, firstFrame = null }: CanvasAreaProps) {
  const { graph, graphView, view, dispatch, i18n, selection, actions } = model;
  const { fitTarget, selectionTarget } = useCameraTargets(model);
  return (
    <div className="graph-area" role="region" aria-label={i18n.t.graph} aria-describedby="graph-description">
      <GraphDescription
        id="graph-description"
        datasetTitle={i18n.localized(model.dataset.title, model.dataset.titleZh)}
        visibleNodes={graphView.visibility.nodeCount}
        totalNodes={graph.order}
        visibleEdges={graphView.visibility.edgeCount}
        selection={selection.label}
        selectionRelations={selection.node ? graph.degree(selection.node.key) : null}
      />
      <GraphCanvas
        graph={graph}
        settings={model.sigmaSettings}
        edgeTypes={model.edgeTypes}
        firstFrame={firstFrame}
      >
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
          camera={view.camera}
          fitTarget={fitTarget}
          selectionTarget={selectionTarget}
          onCameraChange={(camera) => dispatch(setCamera(camera))}
          reducedMotion={model.reducedMotion}
          timing={model.settings.camera}
        />
        <CanvasToolbars model={model} canvasActionsRef={canvasActionsRef} />
      </GraphCanvas>
    </div>
  );
}
