// The explorer: wires the view state to the graph canvas (reducers, events, camera) and to the panels.
import type Graph from 'graphology';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { makeSearchIndex } from '../data/searchIndex';
import { describeEdge, describeNode } from '../model/describe';
import { PROVINCE_RULE_HELP } from '../model/provinceScope';
import { computeVisibility } from '../model/visibility';
import type { Positions } from '../model/groupByKindLayout';
import { CameraController, EventsController, GraphCanvas, GraphControls, ReducersController } from '../render';
import type { ViewContext } from '../state/types';
import {
  clearSelection,
  resetFilters,
  selectEdge,
  selectNode,
  setCamera,
  setProvinceMode,
  toggleKind,
  toggleProvince,
  toggleRelation,
} from '../state/updates';
import { makeNodeLooks } from '../style/appearance';
import { computeFocus, makeEdgeReducer, makeNodeReducer } from '../style/reducers';
import { DetailsPanel } from '../ui/DetailsPanel';
import { FiltersPanel } from '../ui/FiltersPanel';
import { SearchPanel } from '../ui/SearchPanel';
import { LegendPanel } from '../ui/LegendPanel';
import { StatusLine } from '../ui/StatusLine';
import { makeFacets } from './facets';
import { useReducedMotion } from './useReducedMotion';
import { useViewState } from './useViewState';

export interface ExplorerProps {
  graph: Graph;
}

function positionsOf(graph: Graph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, attributes) => {
    positions[node] = { x: attributes.x, y: attributes.y };
  });
  return positions;
}

export function Explorer({ graph }: ExplorerProps) {
  const facets = useMemo(() => makeFacets(graph), [graph]);
  const context = useMemo<ViewContext>(
    () => ({
      hasNode: (key) => graph.hasNode(key),
      hasEdge: (key) => graph.hasEdge(key),
      provinces: facets.provinces.map((p) => p.value),
      kinds: facets.kinds.map((k) => k.value),
      relations: facets.relations.map((r) => r.value),
    }),
    [graph, facets],
  );
  const [view, dispatch] = useViewState(context);
  const [hoveredNode, setHoveredNode] = useState<string | null>(null);
  const reducedMotion = useReducedMotion();

  const initialPositions = useMemo(() => positionsOf(graph), [graph]);
  const looks = useMemo(() => makeNodeLooks(graph), [graph]);
  const searchIndex = useMemo(() => makeSearchIndex(graph), [graph]);
  const visibility = useMemo(
    () =>
      computeVisibility(graph, {
        provinces: view.provinces,
        provinceMode: view.provinceMode,
        hiddenKinds: view.hiddenKinds,
        hiddenRelations: view.hiddenRelations,
      }),
    [graph, view.provinces, view.provinceMode, view.hiddenKinds, view.hiddenRelations],
  );
  const [nodeReducer, edgeReducer] = useMemo(() => {
    const highlight = { selectedNode: view.node, selectedEdge: view.edge, hoveredNode };
    const input = { graph, looks, visibility, focus: computeFocus(graph, highlight), ...highlight };
    return [makeNodeReducer(input), makeEdgeReducer(input)];
  }, [graph, looks, visibility, view.node, view.edge, hoveredNode]);

  const onSelectNode = useCallback((key: string) => dispatch(selectNode(key)), [dispatch]);
  const onSelectEdge = useCallback((key: string) => dispatch(selectEdge(key)), [dispatch]);
  const onClear = useCallback(() => dispatch(clearSelection()), [dispatch]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) dispatch(clearSelection());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [dispatch]);

  const nodeDescription = useMemo(() => (view.node ? describeNode(graph, view.node) : null), [graph, view.node]);
  const edgeDescription = useMemo(() => (view.edge ? describeEdge(graph, view.edge) : null), [graph, view.edge]);
  const selectionLabel = nodeDescription?.label ??
    (edgeDescription ? `${edgeDescription.source.label} ${edgeDescription.label} ${edgeDescription.target.label}` : null);
  const provinceOrder = context.provinces;

  return (
    <div className="explorer">
      <aside className="sidebar" aria-label="Search and filters">
        <SearchPanel search={searchIndex.search} onSelect={onSelectNode} slashToFocus />
        <FiltersPanel
          provinces={facets.provinces}
          selectedProvinces={view.provinces}
          provinceMode={view.provinceMode}
          provinceHelp={PROVINCE_RULE_HELP}
          onToggleProvince={(value) => dispatch(toggleProvince(value, provinceOrder))}
          onProvinceMode={(mode) => dispatch(setProvinceMode(mode))}
          kinds={facets.kinds}
          hiddenKinds={view.hiddenKinds}
          onToggleKind={(value) => dispatch(toggleKind(value, context.kinds))}
          relations={facets.relations}
          hiddenRelations={view.hiddenRelations}
          onToggleRelation={(value) => dispatch(toggleRelation(value, context.relations))}
          onReset={() => dispatch(resetFilters())}
        />
        <LegendPanel kinds={facets.kinds} relations={facets.relations} />
      </aside>
      <div className="graph-area">
        <GraphCanvas graph={graph}>
          <ReducersController nodeReducer={nodeReducer} edgeReducer={edgeReducer} />
          <EventsController
            onSelectNode={onSelectNode}
            onSelectEdge={onSelectEdge}
            onClear={onClear}
            onHoverNode={setHoveredNode}
          />
          <CameraController
            initialCamera={view.camera}
            focusNode={view.node}
            onCameraChange={(camera) => dispatch(setCamera(camera))}
            reducedMotion={reducedMotion}
          />
          <GraphControls initialPositions={initialPositions} reducedMotion={reducedMotion} />
        </GraphCanvas>
      </div>
      <aside className="panels">
        <DetailsPanel
          node={nodeDescription}
          edge={edgeDescription}
          onSelectNode={onSelectNode}
          onSelectEdge={onSelectEdge}
        />
      </aside>
      <StatusLine
        visibleNodes={visibility.nodeCount}
        totalNodes={graph.order}
        visibleEdges={visibility.edgeCount}
        totalEdges={graph.size}
        selection={selectionLabel}
      />
    </div>
  );
}
