// The explorer's view model: the view state and everything derived from it, memoised; the containers only render it.
import type Graph from 'graphology';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeEdge, describeNode, type EdgeDescription, type NodeDescription } from '../../model/describe';
import type { Positions } from '../../model/groupByKindLayout';
import type { MetricId } from '../../model/metrics/types';
import type { PanelName, ViewContext, ViewState } from '../../state/types';
import { clearSelection, selectEdge, selectNode, showPanel, type ViewUpdate } from '../../state/updates';
import { makeEdgeThickness } from '../../style/edgeThickness';
import { edgeTypesOf, type EdgeType } from '../../style/edgeTypes';
import { makeNodeEncoding, type NodeEncoding } from '../../style/encoding';
import { resolveSettings, type Settings, type SettingsOverrides } from '../../style/settings';
import type { Drawer } from '../../ui/DrawerToggles';
import { makeI18n, type I18n } from '../../ui/i18n/makeI18n';
import type { TextOption } from '../../ui/SearchPanel';
import type { LoadedDataset } from '../dataset';
import { useMetrics, type MetricsState } from '../useMetrics';
import { useReducedMotion } from '../useReducedMotion';
import { useViewState } from '../useViewState';
import type { CommunityCentres } from '../../model/metrics/communityCentres';
import {
  makeAutoColourBy,
  makeCommunityCentres,
  makeInitialSigmaSettings,
  makeLazySearch,
  makeSelectionLabel,
  makeViewContext,
  metricsOfRangeFilters,
  metricsToCompute,
  positionsOf,
  type LazySearch,
} from './explorerModel';
import { makeFacets, translateFacets, type Facets } from './facets';
import { useGraphView, type GraphView } from './useGraphView';
import { useTextSearch, type TextSearch } from './useTextSearch';

export interface ExplorerModel {
  dataset: LoadedDataset;
  graph: Graph;
  settings: Settings;
  view: ViewState;
  dispatch(update: ViewUpdate): void;
  i18n: I18n;
  context: ViewContext;
  /** The graph's facets, kinds and relations (values in display order), and the same labelled in the UI language. */
  facets: Facets;
  localFacets: Facets;
  metrics: MetricsState;
  encoding: NodeEncoding;
  graphView: GraphView;
  /** The edge attribute used as weights (null: none), the choices, and whether edge thickness shows it. */
  weights: {
    attributes: readonly string[];
    attribute: string | null;
    setAttribute(attribute: string | null): void;
    thickness: boolean;
    setThickness(on: boolean): void;
  };
  /** The positions the graph was loaded with (the "Precomputed" layout). */
  initialPositions: Positions;
  /** The settings sigma starts with (stable: sigma is never rebuilt for them). */
  sigmaSettings: ReturnType<typeof makeInitialSigmaSettings>;
  /** The edge programs the graph needs (only these are compiled when sigma starts). */
  edgeTypes: readonly EdgeType[];
  selection: { node: NodeDescription | null; edge: EdgeDescription | null; label: string | null };
  setHoveredNode(node: string | null): void;
  setHoveredEdge(edge: string | null): void;
  reducedMotion: boolean;
  /** Sigma has drawn its first frame: the sidebar and the panels may mount (they never delay it). */
  panelsReady: boolean;
  onSigmaReady(): void;
  /** Search over the nodes; its index is built once the graph is drawn, or at the first query if sooner. */
  search: LazySearch['search'];
  /** Search over the source's sentences, and the sentence chosen (highlighted in Source). */
  textSearch: TextSearch;
  /** On narrow screens the sidebar and the panels are drawers; at most one is open. */
  drawer: Drawer | null;
  setDrawer(drawer: Drawer | null): void;
  shortcutsOpen: boolean;
  setShortcutsOpen(open: boolean): void;
  /** Each community's most central member, which names it ("Community of Shanghai"), once Louvain has run. */
  communityCentres: CommunityCentres | null;
  /** Edges a Compare cell highlights in the graph (not part of the URL), or null. */
  highlightEdges: string[] | null;
  setHighlightEdges(edges: string[] | null): void;
  /** A paragraph the Source panel should bring into view. */
  scrollTarget: { paragraph: number } | null;
  actions: {
    selectNode(key: string): void;
    selectEdge(key: string): void;
    /** Clears the selection and closes a drawer (a click on the background, Escape). */
    clear(): void;
    /** Opens Source at a paragraph. */
    openParagraph(paragraph: number): void;
    /** Opens a panel the dataset offers. */
    showPanel(panel: PanelName): void;
    /** Opens Source at a sentence found by search, highlights it and focuses the graph on its paragraph. */
    openSentence(sentence: TextOption): void;
    /** Selects a search result; from the filters drawer (narrow screens), closes it and shows Details. */
    pickSearchResult(key: string): void;
  };
}

export function useExplorerModel(
  dataset: LoadedDataset,
  extraParams: string,
  overrides?: SettingsOverrides,
): ExplorerModel {
  const { graph, source, mentions } = dataset;
  const [settings] = useState(() => resolveSettings(overrides));
  const facets = useMemo(() => makeFacets(graph), [graph]);
  const autoColourBy = useMemo(() => makeAutoColourBy(graph, facets), [graph, facets]);
  const context = useMemo(
    () => makeViewContext(graph, facets, source, autoColourBy),
    [graph, facets, source, autoColourBy],
  );
  const [view, dispatch] = useViewState(context, extraParams);
  const i18n = useMemo(() => makeI18n(view.lang), [view.lang]);
  const localFacets = useMemo(() => translateFacets(facets, i18n), [facets, i18n]);
  const [hoveredNode, setHoveredNode] = useState<string | null>(null);
  const [hoveredEdge, setHoveredEdge] = useState<string | null>(null);
  const [panelsReady, setPanelsReady] = useState(false);
  const [drawer, setDrawer] = useState<Drawer | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [scrollTarget, setScrollTarget] = useState<{ paragraph: number } | null>(null);
  const [highlightEdges, setHighlightEdges] = useState<string[] | null>(null);
  const reducedMotion = useReducedMotion();

  // Weights: the graph's own "weight" by default (none for the YRD graph); any numeric edge attribute may be chosen.
  const [weightAttribute, setWeightAttribute] = useState<string | null>(facets.weightAttribute ?? null);
  const [thickness, setThickness] = useState(true);
  const metrics = useMetrics(graph, undefined, weightAttribute);
  const { compute, results, status } = metrics;
  const { sizeBy, colourBy } = view;
  const filteredKey = metricsOfRangeFilters(view.filters).join(',');
  useEffect(() => {
    const filtered = filteredKey ? (filteredKey.split(',') as MetricId[]) : [];
    const ids = metricsToCompute(graph.order, { sizeBy, colourBy, filtered }, { status, results }, settings);
    if (ids) compute(ids);
  }, [graph, sizeBy, colourBy, filteredKey, status, results, settings, compute]);

  const encoding = useMemo(
    () => makeNodeEncoding(graph, { sizeBy, colourBy }, results, settings),
    [graph, sizeBy, colourBy, results, settings],
  );
  const communityCentres = useMemo(() => makeCommunityCentres(graph, results), [graph, results]);
  // Edge thickness shows the weights whenever there are some (never for the YRD graph, which has none).
  const edgeThickness = useMemo(
    () =>
      thickness && weightAttribute ? makeEdgeThickness(graph, weightAttribute, settings.edgeSizeRange) : null,
    [graph, thickness, weightAttribute, settings],
  );
  const graphView = useGraphView(graph, view, hoveredNode, hoveredEdge, mentions, encoding, settings, {
    metrics: results,
    edgeThickness,
    highlightEdges,
  });
  const [sigmaSettings] = useState(() => makeInitialSigmaSettings(graph, graphView, settings));
  const [edgeTypes] = useState(() => edgeTypesOf(graph, settings));
  const [initialPositions] = useState(() => positionsOf(graph));
  // A new search function once the index is in, so that a query typed before then is searched again.
  const [searchReady, setSearchReady] = useState(false);
  const lazySearch = useMemo(() => makeLazySearch(graph, () => setSearchReady(true)), [graph]);
  useEffect(() => {
    if (panelsReady) void lazySearch.warm();
  }, [panelsReady, lazySearch]);
  const search = useMemo<LazySearch['search']>(
    () => (searchReady ? lazySearch.search : (query, limit) => lazySearch.search(query, limit)),
    [lazySearch, searchReady],
  );

  const node = useMemo(() => (view.node ? describeNode(graph, view.node) : null), [graph, view.node]);
  const edge = useMemo(() => (view.edge ? describeEdge(graph, view.edge) : null), [graph, view.edge]);
  const selection = { node, edge, label: makeSelectionLabel(node, edge, i18n) };
  const textSearch = useTextSearch(source, view.node, view.edge);
  const { setMatch } = textSearch;

  const actions = useMemo<ExplorerModel['actions']>(
    () => ({
      selectNode: (key) => dispatch(selectNode(key)),
      selectEdge: (key) => dispatch(selectEdge(key)),
      clear: () => {
        setDrawer(null);
        dispatch(clearSelection());
      },
      openParagraph: (paragraph) => {
        dispatch(showPanel('source', context.panels));
        setScrollTarget({ paragraph });
      },
      showPanel: (panel) => dispatch(showPanel(panel, context.panels)),
      openSentence: (sentence) => {
        setMatch(sentence);
        dispatch((state) => ({
          ...showPanel('source', context.panels)(state),
          focusParagraph: sentence.paragraph,
        }));
        setScrollTarget({ paragraph: sentence.paragraph });
      },
      pickSearchResult: (key) => {
        dispatch(selectNode(key));
        if (drawer !== 'filters') return;
        dispatch(showPanel('details', context.panels));
        setDrawer('panels');
      },
    }),
    [dispatch, context, setMatch, drawer],
  );

  return {
    dataset,
    graph,
    settings,
    view,
    dispatch,
    i18n,
    context,
    facets,
    localFacets,
    metrics,
    encoding,
    graphView,
    weights: {
      attributes: facets.numericEdgeAttributes,
      attribute: weightAttribute,
      setAttribute: setWeightAttribute,
      thickness,
      setThickness,
    },
    initialPositions,
    sigmaSettings,
    edgeTypes,
    selection,
    setHoveredNode,
    setHoveredEdge,
    reducedMotion,
    panelsReady,
    onSigmaReady: useCallback(() => setPanelsReady(true), []),
    search,
    textSearch,
    drawer,
    setDrawer,
    shortcutsOpen,
    setShortcutsOpen,
    scrollTarget,
    communityCentres,
    highlightEdges,
    setHighlightEdges,
    actions,
  };
}
