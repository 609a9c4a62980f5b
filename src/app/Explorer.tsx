// The explorer: wires the view state to the graph canvas (reducers, events, camera) and to the panels.
import { lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { makeSearchIndex } from '../data/searchIndex';
import { compareProvinces, provinceMatrix } from '../model/compare';
import { COLOUR_BY_BUILT_IN, SIZE_BY_BUILT_IN } from '../style/encodingOptions';
import { makeMetricsRows } from '../model/metrics/rows';
import { METRIC_IDS } from '../model/metrics/types';
import { describeEdge, describeNode, summarizeNode } from '../model/describe';
import type { Positions } from '../model/groupByKindLayout';
import { PROVINCE_FACET } from '../model/facets';
import {
  CameraController,
  EventsController,
  GraphCanvas,
  GraphControls,
  ImageExport,
  ReducersController,
} from '../render';
import { PANELS, type PanelName, type ViewContext } from '../state/types';
import { filtersOf } from '../state/filterList';
import {
  clearSelection,
  resetFilters,
  selectEdge,
  selectNode,
  setCamera,
  setColourBy,
  setDepth,
  setEvidenceParagraphs,
  setLanguage,
  setPathEnds,
  setFacetMode,
  setSizeBy,
  showPanel,
  toggleKind,
  toggleParagraphFocus,
  toggleFacetValue,
  toggleRelation,
} from '../state/updates';
import { makeNodeEncoding, metricsNeeded } from '../style/encoding';
import { DEFAULT_SETTINGS } from '../style/settings';
import { formatOpening } from './formatOpening';
import { AppHeader } from '../ui/AppHeader';
import { DatasetControls } from '../ui/DatasetControls';
import { ExportMenu } from '../ui/ExportMenu';
import { DrawerToggles, type Drawer } from '../ui/DrawerToggles';
import { ImportAlert } from '../ui/ImportAlert';
import { DetailsPanel } from '../ui/DetailsPanel';
import { I18nProvider } from '../ui/i18n/I18nContext';
import { makeI18n } from '../ui/i18n/makeI18n';
import type { Messages } from '../ui/i18n/messages';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { EvidenceFilter } from '../ui/EvidenceFilter';
import { FiltersPanel } from '../ui/FiltersPanel';
import { LegendPanel } from '../ui/LegendPanel';
import { PanelTabs } from '../ui/PanelTabs';
import { PathPanel } from '../ui/PathPanel';
import { SearchPanel } from '../ui/SearchPanel';
import { SourcePanel } from '../ui/SourcePanel';
import { GraphDescription } from '../ui/GraphDescription';
import { StatusLine } from '../ui/StatusLine';
import { makeNodeTableRows, makeRelationTableRows } from '../model/tableRows';
import type { LoadedDataset } from './dataset';
import { EXPORT_CHOICES, exportVisibleGraph, isExportFormat } from './exportGraph';
import type { DatasetOpener } from './useDatasetOpener';
import { makeFacets, translateFacets } from './facets';
import { makeMentionsByParagraph, makeQuotesByParagraph } from './sourceMarks';
import { useGraphView } from './useGraphView';
import { focusNeighbourLink, useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useMetrics } from './useMetrics';
import { useReducedMotion } from './useReducedMotion';
import { useViewState } from './useViewState';

// Panels that most visits never open are loaded on demand, keeping the initial bundle small.
const ComparePanel = lazy(() => import('../ui/ComparePanel').then((m) => ({ default: m.ComparePanel })));
const MetricsPanel = lazy(() => import('../ui/MetricsPanel').then((m) => ({ default: m.MetricsPanel })));
const TablePanel = lazy(() => import('../ui/TablePanel').then((m) => ({ default: m.TablePanel })));

export interface ExplorerProps {
  dataset: LoadedDataset;
  /** Opening other datasets (and what an import is doing); absent in tests that only show one dataset. */
  opener?: Pick<
    DatasetOpener,
    'opening' | 'error' | 'graphUrl' | 'open' | 'backToDefault' | 'cancel' | 'dismissError'
  >;
  /** Files are being dragged over the window. */
  dragging?: boolean;
}

/** Graphs up to this many nodes get all metrics computed as soon as one is needed. */
const DEFAULT_COMPUTE_ALL_BELOW = 5000;

/** Paragraph presets of the evidence filter for the YRD report. */
function makeEvidencePresets(t: Messages) {
  return [
    { label: t.closingSpeeches, paragraphs: [12, 13, 14, 15] },
    { label: t.resolutions, paragraphs: [4, 5, 6, 7, 8, 9, 10] },
  ];
}

function positionsOf(graph: LoadedDataset['graph']): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, attributes) => {
    positions[node] = { x: attributes.x, y: attributes.y };
  });
  return positions;
}

export function Explorer({ dataset, opener, dragging = false }: ExplorerProps) {
  const { graph, source, mentions } = dataset;
  const facets = useMemo(() => makeFacets(graph), [graph]);
  const canCompare = facets.groups.some((g) => g.facet === PROVINCE_FACET && g.options.length >= 2);
  const context = useMemo<ViewContext>(
    () => ({
      hasNode: (key) => graph.hasNode(key),
      hasEdge: (key) => graph.hasEdge(key),
      facets: facets.groups.map(({ facet, options, param, valuePrefix }) => ({
        facet,
        values: options.map((o) => o.value),
        ...(param ? { param } : {}),
        ...(valuePrefix ? { valuePrefix } : {}),
      })),
      kinds: facets.kinds.map((k) => k.value),
      relations: facets.relations.map((r) => r.value),
      paragraphCount: source?.paragraphs.length ?? 0,
      sizeOptions: [...SIZE_BY_BUILT_IN, ...facets.numericAttributes.map((o) => o.id)],
      colourOptions: [...COLOUR_BY_BUILT_IN, ...facets.categoricalAttributes.map((o) => o.id)],
      panels: PANELS.filter(
        (panel) => (panel !== 'source' || source !== null) && (panel !== 'compare' || canCompare),
      ),
    }),
    [graph, facets, source, canCompare],
  );
  const [view, dispatch] = useViewState(
    context,
    opener?.graphUrl ? `graph=${encodeURIComponent(opener.graphUrl)}` : '',
  );
  const i18n = useMemo(() => makeI18n(view.lang), [view.lang]);
  const [showShortcuts, setShowShortcuts] = useState(false);
  // On narrow screens the sidebar and the panels are drawers; at most one is open.
  const [drawer, setDrawer] = useState<Drawer | null>(null);
  const localFacets = useMemo(() => translateFacets(facets, i18n), [facets, i18n]);
  const [hoveredNode, setHoveredNode] = useState<string | null>(null);
  const [scrollTarget, setScrollTarget] = useState<{ paragraph: number } | null>(null);
  const reducedMotion = useReducedMotion();
  const initialPositions = useMemo(() => positionsOf(graph), [graph]);
  const searchIndex = useMemo(() => makeSearchIndex(graph), [graph]);
  const metrics = useMetrics(graph);
  const { compute: computeMetrics, results: metricResults, status: metricsStatus } = metrics;
  useEffect(() => {
    const missing = metricsNeeded(view.sizeBy, view.colourBy).filter((id) => !metricResults[id]);
    // Small graphs get every metric at once (the table needs them all); large ones only what is drawn.
    if (missing.length > 0 && metricsStatus !== 'computing') {
      computeMetrics(graph.order <= DEFAULT_COMPUTE_ALL_BELOW ? METRIC_IDS : missing);
    }
  }, [graph, view.sizeBy, view.colourBy, metricResults, metricsStatus, computeMetrics]);
  const encoding = useMemo(
    () => makeNodeEncoding(graph, { sizeBy: view.sizeBy, colourBy: view.colourBy }, metricResults),
    [graph, view.sizeBy, view.colourBy, metricResults],
  );
  const { visibility, pathResult, nodeReducer, edgeReducer } = useGraphView(
    graph,
    view,
    hoveredNode,
    mentions,
    encoding,
  );
  // The reducers sigma starts with, so its first frame is already styled; later ones go through setSetting.
  const [initialSettings] = useState(() => {
    // A large graph pans and zooms without its edges and labels, which are drawn again once the camera stops.
    const large = graph.size > DEFAULT_SETTINGS.lineEdgesAbove;
    return { nodeReducer, edgeReducer, hideEdgesOnMove: large, hideLabelsOnMove: large };
  });
  const metricsRows = useMemo(
    () =>
      metricsStatus === 'ready'
        ? makeMetricsRows(graph, metricResults).map((row) => {
            const labelZh = graph.getNodeAttribute(row.key, 'labelZh');
            return typeof labelZh === 'string' ? { ...row, labelZh } : row;
          })
        : [],
    [graph, metricResults, metricsStatus],
  );
  // The matrices are computed when the Compare tab opens, not at startup.
  const matrices = useMemo(
    () =>
      canCompare && view.panel === 'compare'
        ? [provinceMatrix(graph, 'theme'), provinceMatrix(graph, 'program')]
        : [],
    [graph, canCompare, view.panel],
  );
  const getEvidence = useCallback(
    (edgeKeys: readonly string[]) =>
      edgeKeys.flatMap((key) => {
        const edge = describeEdge(graph, key);
        if (!edge) return [];
        const label = `${i18n.name(edge.source)} ${i18n.relationLabel(edge.relation)} ${i18n.name(edge.target)}`;
        return [{ key, label, evidence: edge.evidence, ...(edge.note ? { note: edge.note } : {}) }];
      }),
    [graph, i18n],
  );
  const getComparison = useCallback((a: string, b: string) => compareProvinces(graph, a, b), [graph]);

  const onSelectNode = useCallback((key: string) => dispatch(selectNode(key)), [dispatch]);
  const onSelectEdge = useCallback((key: string) => dispatch(selectEdge(key)), [dispatch]);
  const onClear = useCallback(() => {
    setDrawer(null);
    dispatch(clearSelection());
  }, [dispatch]);
  const onOpenParagraph = useCallback(
    (paragraph: number) => {
      dispatch(showPanel('source'));
      setScrollTarget({ paragraph });
    },
    [dispatch],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      setDrawer(null);
      dispatch(clearSelection());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [dispatch]);
  const openPanel = (panel: PanelName) => () => dispatch(showPanel(panel, context.panels));
  useKeyboardShortcuts({
    d: openPanel('details'),
    s: openPanel('source'),
    p: openPanel('path'),
    m: openPanel('metrics'),
    c: openPanel('compare'),
    t: openPanel('table'),
    '?': () => setShowShortcuts(true),
    ']': () => {
      dispatch(showPanel('details'));
      requestAnimationFrame(() => focusNeighbourLink(1));
    },
    '[': () => {
      dispatch(showPanel('details'));
      requestAnimationFrame(() => focusNeighbourLink(-1));
    },
  });
  const nodeRows = useMemo(
    () => (view.panel === 'table' ? makeNodeTableRows(graph, visibility) : []),
    [graph, visibility, view.panel],
  );
  const relationRows = useMemo(
    () => (view.panel === 'table' ? makeRelationTableRows(graph, visibility) : []),
    [graph, visibility, view.panel],
  );

  const nodeDescription = useMemo(
    () => (view.node ? describeNode(graph, view.node) : null),
    [graph, view.node],
  );
  const edgeDescription = useMemo(
    () => (view.edge ? describeEdge(graph, view.edge) : null),
    [graph, view.edge],
  );
  const mentionsByParagraph = useMemo(
    () => makeMentionsByParagraph(mentions, source?.paragraphs.length ?? 0),
    [mentions, source],
  );
  const quotes = useMemo(
    () =>
      makeQuotesByParagraph(
        edgeDescription
          ? [edgeDescription.evidence]
          : pathResult?.status === 'found'
            ? pathResult.paths.flatMap((path) => path.hops.map((hop) => hop.evidence))
            : [],
      ),
    [edgeDescription, pathResult],
  );
  const describeMentioned = useCallback(
    (key: string) => (graph.hasNode(key) ? summarizeNode(graph, key) : null),
    [graph],
  );
  const selectionLabel = nodeDescription
    ? i18n.name(nodeDescription)
    : edgeDescription
      ? `${i18n.name(edgeDescription.source)} ${i18n.relationLabel(edgeDescription.relation)} ${i18n.name(edgeDescription.target)}`
      : null;

  const tabs: { name: PanelName; label: string; content: React.ReactNode }[] = [
    {
      name: 'details',
      label: i18n.t.tabs.details,
      content: (
        <DetailsPanel
          node={nodeDescription}
          edge={edgeDescription}
          onSelectNode={onSelectNode}
          onSelectEdge={onSelectEdge}
          onOpenParagraph={source ? onOpenParagraph : undefined}
        />
      ),
    },
  ];
  if (source) {
    tabs.push({
      name: 'source',
      label: i18n.t.tabs.source,
      content: (
        <SourcePanel
          title={source.title}
          paragraphs={source.paragraphs}
          mentions={mentionsByParagraph}
          describeNode={describeMentioned}
          selectedNode={view.node}
          quotes={quotes}
          focusParagraph={view.focusParagraph}
          onFocusParagraph={(paragraph) => dispatch(toggleParagraphFocus(paragraph))}
          onSelectNode={onSelectNode}
          scrollTarget={scrollTarget}
          reducedMotion={reducedMotion}
        />
      ),
    });
  }
  tabs.push({
    name: 'metrics',
    label: i18n.t.tabs.metrics,
    content: (
      <MetricsPanel
        status={metricsStatus}
        error={metrics.error}
        rows={metricsRows}
        onCompute={() => computeMetrics(METRIC_IDS)}
        selectedNode={view.node}
        onSelectNode={onSelectNode}
        sizeBy={view.sizeBy}
        colourBy={view.colourBy}
        onSizeBy={(id) => dispatch(setSizeBy(id))}
        onColourBy={(id) => dispatch(setColourBy(id))}
        depth={filtersOf(view.filters, 'ego')[0]?.depth ?? null}
        onDepth={(depth) => dispatch(setDepth(depth))}
        numericAttributes={facets.numericAttributes}
        categoricalAttributes={facets.categoricalAttributes}
      />
    ),
  });
  if (canCompare) {
    tabs.push({
      name: 'compare',
      label: i18n.t.tabs.compare,
      content: (
        <ComparePanel
          matrices={matrices}
          getEvidence={getEvidence}
          getComparison={getComparison}
          ruleHelp={i18n.t.provinceLinkRuleHelp}
          onSelectNode={onSelectNode}
          onSelectEdge={onSelectEdge}
          onOpenParagraph={source ? onOpenParagraph : undefined}
        />
      ),
    });
  }
  tabs.push({
    name: 'table',
    label: i18n.t.tabs.table,
    content: (
      <TablePanel
        nodes={nodeRows}
        relations={relationRows}
        selectedNode={view.node}
        selectedEdge={view.edge}
        onSelectNode={onSelectNode}
        onSelectEdge={onSelectEdge}
      />
    ),
  });
  tabs.push({
    name: 'path',
    label: i18n.t.tabs.path,
    content: (
      <PathPanel
        search={searchIndex.search}
        from={view.pathFrom ? summarizeNode(graph, view.pathFrom) : null}
        to={view.pathTo ? summarizeNode(graph, view.pathTo) : null}
        result={pathResult}
        sourceTitle={source?.title}
        onChange={(from, to) => dispatch(setPathEnds(from, to))}
        onSelectNode={onSelectNode}
        onSelectEdge={onSelectEdge}
        onOpenParagraph={source ? onOpenParagraph : undefined}
      />
    ),
  });

  return (
    <I18nProvider lang={view.lang}>
      <div className="app" lang={view.lang === 'zh' ? 'zh-Hans' : 'en'}>
        <a className="skip-link" href="#panels">
          {i18n.t.skipToPanels}
        </a>
        <AppHeader
          datasetTitle={dataset.title}
          onLanguage={(lang) => dispatch(setLanguage(lang))}
          onShowShortcuts={() => setShowShortcuts(true)}
        >
          {opener && (
            <DatasetControls
              isDefault={dataset.isDefault}
              defaultTitle={i18n.t.defaultDatasetName}
              onOpenFiles={(files) => opener.open({ kind: 'files', files })}
              onBackToDefault={opener.backToDefault}
              progress={opener.opening ? formatOpening(opener.opening, i18n.t) : null}
              onCancel={opener.cancel}
            />
          )}
          <DrawerToggles
            open={drawer}
            onToggle={(next) => setDrawer((current) => (current === next ? null : next))}
          />
          <ExportMenu
            choices={EXPORT_CHOICES}
            onExport={(format) => {
              if (isExportFormat(format)) void exportVisibleGraph(graph, visibility, dataset.name, format);
            }}
          />
        </AppHeader>
        {opener?.error && (
          <ImportAlert
            message={i18n.t.couldNotOpen(opener.error.name, opener.error.message)}
            onDismiss={opener.dismissError}
          />
        )}
        {dataset.warnings && dataset.warnings.length > 0 && (
          <details className="import-warnings">
            <summary>{i18n.t.importWarnings(dataset.warnings.length)}</summary>
            <ul>
              {dataset.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </details>
        )}
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            {i18n.t.dropHere}
          </div>
        )}
        <main className="app-main">
          <div className="explorer">
            <aside
              className={drawer === 'filters' ? 'sidebar open' : 'sidebar'}
              aria-label={i18n.t.searchAndFilters}
              id="sidebar"
            >
              <button type="button" className="drawer-close header-button" onClick={() => setDrawer(null)}>
                {i18n.t.closeDrawer}
              </button>
              <SearchPanel
                label={i18n.t.search}
                search={searchIndex.search}
                onSelect={onSelectNode}
                slashToFocus
              />
              <FiltersPanel
                facetGroups={localFacets.groups}
                filters={view.filters}
                provinceFacet={facets.groups[0]?.facet === PROVINCE_FACET}
                onToggleFacet={(facet, value) =>
                  dispatch(
                    toggleFacetValue(facet, value, context.facets.find((f) => f.facet === facet)?.values),
                  )
                }
                onFacetMode={(mode) =>
                  dispatch(
                    setFacetMode(
                      mode,
                      context.facets.map((f) => f.facet),
                    ),
                  )
                }
                kinds={localFacets.kinds}
                onToggleKind={(value) => dispatch(toggleKind(value, context.kinds))}
                relations={localFacets.relations}
                onToggleRelation={(value) => dispatch(toggleRelation(value, context.relations))}
                onReset={() => dispatch(resetFilters())}
              />
              {source && (
                <EvidenceFilter
                  paragraphCount={source.paragraphs.length}
                  selected={filtersOf(view.filters, 'evidence')[0]?.paragraphs ?? []}
                  presets={makeEvidencePresets(i18n.t)}
                  onChange={(paragraphs) => dispatch(setEvidenceParagraphs(paragraphs))}
                />
              )}
              <LegendPanel
                colourBy={encoding.colourBy}
                entries={encoding.colourLegend}
                relations={localFacets.relations}
              />
            </aside>
            <div
              className="graph-area"
              role="region"
              aria-label={i18n.t.graph}
              aria-describedby="graph-description"
            >
              <GraphDescription
                id="graph-description"
                datasetTitle={dataset.title}
                visibleNodes={visibility.nodeCount}
                totalNodes={graph.order}
                visibleEdges={visibility.edgeCount}
                selection={selectionLabel}
                selectionRelations={nodeDescription ? graph.degree(nodeDescription.key) : null}
              />
              <GraphCanvas graph={graph} settings={initialSettings}>
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
                <GraphControls
                  initialPositions={initialPositions}
                  reducedMotion={reducedMotion}
                  labels={i18n.t.controls}
                  autoLayout={Boolean(dataset.needsLayout)}
                  layoutProgressLabel={i18n.t.layingOut}
                />
                <ImageExport baseName={dataset.name.replace(/\.[^.]+$/, '')} labels={i18n.t.exportPicture} />
              </GraphCanvas>
            </div>
            <aside
              className={drawer === 'panels' ? 'panels open' : 'panels'}
              aria-label={i18n.t.panels}
              id="panels"
              tabIndex={-1}
            >
              <button type="button" className="drawer-close header-button" onClick={() => setDrawer(null)}>
                {i18n.t.closeDrawer}
              </button>
              <PanelTabs tabs={tabs} active={view.panel} onChange={(panel) => dispatch(showPanel(panel))} />
            </aside>
            <StatusLine
              visibleNodes={visibility.nodeCount}
              totalNodes={graph.order}
              visibleEdges={visibility.edgeCount}
              totalEdges={graph.size}
              selection={selectionLabel}
              focusParagraph={view.focusParagraph}
            />
          </div>
        </main>
        <ShortcutsDialog open={showShortcuts} onClose={() => setShowShortcuts(false)} />
      </div>
    </I18nProvider>
  );
}
