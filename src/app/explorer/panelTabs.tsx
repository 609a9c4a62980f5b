// The side panel's tabs, one small component each: a tab computes its data only while it is open.
import { lazy, memo, useCallback, useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { compareProvinces, provinceMatrix } from '../../model/compare';
import { summarizeNode } from '../../model/describe';
import { METRIC_IDS } from '../../model/metrics/types';
import { makeNodeTableRows, makeRelationTableRows } from '../../model/tableRows';
import { filtersOf } from '../../state/filterList';
import type { PanelName } from '../../state/types';
import {
  clearSelection,
  setColourBy,
  setDepth,
  setPathEnds,
  setSizeBy,
  toggleParagraphFocus,
} from '../../state/updates';
import { DetailsPanel } from '../../ui/DetailsPanel';
import { PathPanel } from '../../ui/PathPanel';
import { SourcePanel } from '../../ui/SourcePanel';
import { useNotebook } from '../../ui/trust/NotebookContext';
import { NotebookPanel } from '../../ui/trust/NotebookPanel';
import { makeEvidenceGetter, makeMetricsTableRows } from './explorerModel';
import { makeMentionsByParagraph, makeQuotesByParagraph } from './sourceMarks';
import type { ExplorerModel } from './useExplorerModel';

// Panels that most visits never open are loaded on demand, keeping the initial bundle small.
const ComparePanel = lazy(() => import('../../ui/ComparePanel').then((m) => ({ default: m.ComparePanel })));
const MetricsPanel = lazy(() => import('../../ui/MetricsPanel').then((m) => ({ default: m.MetricsPanel })));
const TablePanel = lazy(() => import('../../ui/TablePanel').then((m) => ({ default: m.TablePanel })));

interface TabProps {
  model: ExplorerModel;
}

/** Source links a citation to its paragraph only when the dataset has a source. */
const paragraphOpener = (model: ExplorerModel) =>
  model.dataset.source ? model.actions.openParagraph : undefined;

/** Details re-renders only when what it shows changes (not on hover or a camera move). */
const MemoDetailsPanel = memo(DetailsPanel);

function DetailsTab({ model }: TabProps) {
  // On a large graph a new selection redraws the graph first, and Details (a long list for a hub) follows at a lower
  // priority, so that its render and layout do not come between the click and the highlight (see
  // Settings.detailsAfterRedrawAbove); on a small one Details comes with the selection.
  // (A constant null on a small graph, so that no deferred render is scheduled there.)
  const afterRedraw = model.graph.size > model.settings.detailsAfterRedrawAbove;
  const deferredNode = useDeferredValue(afterRedraw ? model.selection.node : null);
  const deferredEdge = useDeferredValue(afterRedraw ? model.selection.edge : null);
  const node = afterRedraw ? deferredNode : model.selection.node;
  const edge = afterRedraw ? deferredEdge : model.selection.edge;
  return (
    <MemoDetailsPanel
      node={node}
      edge={edge}
      onSelectNode={model.actions.selectNode}
      onSelectEdge={model.actions.selectEdge}
      onOpenParagraph={paragraphOpener(model)}
      hasSource={model.dataset.source !== null}
    />
  );
}

function SourceTab({ model }: TabProps) {
  const { dataset, graph, view, selection, graphView } = model;
  const source = dataset.source!;
  const mentions = useMemo(
    () => makeMentionsByParagraph(dataset.mentions, source.paragraphs.length),
    [dataset.mentions, source],
  );
  const { pathResult } = graphView;
  const textMatch = model.textSearch.match;
  const quotes = useMemo(
    () =>
      makeQuotesByParagraph([
        ...(selection.edge
          ? [selection.edge.evidence]
          : pathResult?.status === 'found'
            ? pathResult.paths.flatMap((path) => path.hops.map((hop) => hop.evidence))
            : []),
        ...(textMatch ? [[{ paragraph: textMatch.paragraph, quote: textMatch.text }]] : []),
      ]),
    [selection.edge, pathResult, textMatch],
  );
  const describeMentioned = useCallback(
    (key: string) => (graph.hasNode(key) ? summarizeNode(graph, key) : null),
    [graph],
  );
  return (
    <SourcePanel
      title={model.i18n.t.reportTitle(source.title)}
      paragraphs={source.paragraphs}
      mentions={mentions}
      describeNode={describeMentioned}
      selectedNode={view.node}
      quotes={quotes}
      focusParagraph={view.focusParagraph}
      onFocusParagraph={(paragraph) => model.dispatch(toggleParagraphFocus(paragraph))}
      onSelectNode={model.actions.selectNode}
      scrollTarget={model.scrollTarget}
      reducedMotion={model.reducedMotion}
    />
  );
}

function MetricsTab({ model }: TabProps) {
  const { graph, metrics, view, dispatch, facets } = model;
  const rows = useMemo(
    () => makeMetricsTableRows(graph, metrics.results, metrics.status),
    [graph, metrics.results, metrics.status],
  );
  return (
    <MetricsPanel
      status={metrics.status}
      error={metrics.error}
      rows={rows}
      onCompute={() => metrics.compute(METRIC_IDS)}
      selectedNode={view.node}
      onSelectNode={model.actions.selectNode}
      sizeBy={view.sizeBy}
      colourBy={view.colourBy}
      onSizeBy={(id) => dispatch(setSizeBy(id))}
      onColourBy={(id) => dispatch(setColourBy(id))}
      depth={filtersOf(view.filters, 'ego')[0]?.depth ?? null}
      onDepth={(depth) => dispatch(setDepth(depth))}
      numericAttributes={facets.numericAttributes}
      extraSizeOptions={
        facets.weightAttribute
          ? [{ id: 'weightedDegree', label: model.i18n.t.filtersExtra.weightedDegree }]
          : []
      }
      categoricalAttributes={facets.categoricalAttributes}
      rowLimit={model.settings.rowLimits.metrics}
      communityCentres={model.communityCentres}
    />
  );
}

function CompareTab({ model }: TabProps) {
  const { graph, i18n, setHighlightEdges, dispatch } = model;
  // A pinned cell's edges are highlighted in place of the selection; leaving Compare removes the highlight.
  const onHighlightEdges = useCallback(
    (edges: string[] | null) => {
      if (edges) dispatch(clearSelection());
      setHighlightEdges(edges);
    },
    [dispatch, setHighlightEdges],
  );
  useEffect(() => () => setHighlightEdges(null), [setHighlightEdges]);
  // The matrices are computed when the Compare tab opens, not at startup.
  const matrices = useMemo(() => [provinceMatrix(graph, 'theme'), provinceMatrix(graph, 'program')], [graph]);
  const getEvidence = useMemo(() => makeEvidenceGetter(graph, i18n), [graph, i18n]);
  const getComparison = useCallback((a: string, b: string) => compareProvinces(graph, a, b), [graph]);
  return (
    <ComparePanel
      matrices={matrices}
      getEvidence={getEvidence}
      getComparison={getComparison}
      ruleHelp={i18n.t.provinceLinkRuleHelp}
      onSelectNode={model.actions.selectNode}
      onSelectEdge={model.actions.selectEdge}
      onOpenParagraph={paragraphOpener(model)}
      onHighlightEdges={onHighlightEdges}
      // Four province columns fit the side panel, and the targets then read as a ranked list.
      initialOrientation="provinces-as-columns"
    />
  );
}

function TableTab({ model }: TabProps) {
  const { graph, view } = model;
  const { visibility } = model.graphView;
  const nodes = useMemo(() => makeNodeTableRows(graph, visibility), [graph, visibility]);
  const relations = useMemo(() => makeRelationTableRows(graph, visibility), [graph, visibility]);
  return (
    <TablePanel
      nodes={nodes}
      relations={relations}
      selectedNode={view.node}
      selectedEdge={view.edge}
      onSelectNode={model.actions.selectNode}
      onSelectEdge={model.actions.selectEdge}
      rowLimit={model.settings.rowLimits.table}
    />
  );
}

function PathTab({ model }: TabProps) {
  const { graph, view, dataset } = model;
  return (
    <PathPanel
      search={model.search}
      from={view.pathFrom ? summarizeNode(graph, view.pathFrom) : null}
      to={view.pathTo ? summarizeNode(graph, view.pathTo) : null}
      result={model.graphView.pathResult}
      // The copy's "Source:" line names the report by its title alone (not "Source: Report: …").
      sourceTitle={dataset.source ? model.i18n.localized(dataset.source.title, dataset.titleZh) : undefined}
      onChange={(from, to) => model.dispatch(setPathEnds(from, to))}
      onSelectNode={model.actions.selectNode}
      onSelectEdge={model.actions.selectEdge}
      onOpenParagraph={paragraphOpener(model)}
    />
  );
}

function NotebookTab({ model }: TabProps) {
  const notebook = useNotebook();
  return notebook && <NotebookPanel notebook={notebook} onOpenParagraph={paragraphOpener(model)} />;
}

/** Each panel's content; the tab list offers those in `context.panels`. */
export const PANEL_CONTENT: Record<PanelName, (props: TabProps) => ReactNode> = {
  details: DetailsTab,
  source: SourceTab,
  metrics: MetricsTab,
  compare: CompareTab,
  table: TableTab,
  path: PathTab,
  notebook: NotebookTab,
};
