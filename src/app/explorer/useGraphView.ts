// Derived, memoised view data: visibility, focus, sigma reducers, paths and paragraph support, from state + graph.
import type Graph from 'graphology';
import { useMemo } from 'react';
import { computeVisibility, type Visibility } from '../../model/filters/visibility';
import { paragraphSupport } from '../../model/paragraphSupport';
import { findPaths, type PathResult } from '../../model/paths';
import type { MetricResults } from '../../model/metrics/types';
import type { MentionsIndex } from '../../model/types';
import type { ViewState } from '../../state/types';
import { makeNodeLooks } from '../../style/appearance';
import type { NodeEncoding } from '../../style/encoding';
import type { EdgeThickness } from '../../style/edgeThickness';
import { computeFocus, makeEdgeReducer, makeNodeReducer } from '../../style/reducers';
import { DEFAULT_SETTINGS, type Settings } from '../../style/settings';

export interface GraphView {
  visibility: Visibility;
  pathResult: PathResult | null;
  pathEdges: string[];
  /** What a focused paragraph supports, or null. */
  paragraph: ReturnType<typeof paragraphSupport> | null;
  nodeReducer: ReturnType<typeof makeNodeReducer>;
  edgeReducer: ReturnType<typeof makeEdgeReducer>;
}

/** What else the view reads: computed metrics (range filters on metrics) and edge widths from weights. */
export interface GraphViewExtras {
  metrics?: MetricResults;
  edgeThickness?: EdgeThickness | null;
  /** Edges another panel highlights (a Compare cell's): shown like a path's while nothing is selected. */
  highlightEdges?: readonly string[] | null;
}

export function useGraphView(
  graph: Graph,
  view: ViewState,
  hoveredNode: string | null,
  hoveredEdge: string | null,
  mentions: MentionsIndex | null,
  encoding: NodeEncoding,
  settings: Settings = DEFAULT_SETTINGS,
  extra: GraphViewExtras = {},
): GraphView {
  const { metrics, edgeThickness = null, highlightEdges = null } = extra;
  const looks = useMemo(() => makeNodeLooks(graph, encoding), [graph, encoding]);
  // The ego filter reads the selection: only then does a new selection change what is visible.
  const egoCentre = view.filters.some((filter) => filter.type === 'ego') ? view.node : null;
  // Range filters on metrics read their values: only then do new metric results change what is visible.
  const filterMetrics = view.filters.some((filter) => filter.type === 'range') ? metrics : undefined;
  const visibility = useMemo(
    () => computeVisibility(graph, view.filters, { selectedNode: egoCentre, metrics: filterMetrics }),
    [graph, view.filters, egoCentre, filterMetrics],
  );
  const pathResult = useMemo(
    () => (view.pathFrom && view.pathTo ? findPaths(graph, view.pathFrom, view.pathTo) : null),
    [graph, view.pathFrom, view.pathTo],
  );
  const pathEdges = useMemo(
    () =>
      pathResult?.status === 'found'
        ? pathResult.paths.flatMap((path) => path.hops.flatMap((hop) => hop.edges))
        : [],
    [pathResult],
  );
  const paragraph = useMemo(
    () => (view.focusParagraph ? paragraphSupport(graph, [view.focusParagraph], mentions) : null),
    [graph, view.focusParagraph, mentions],
  );
  const [nodeReducer, edgeReducer] = useMemo(() => {
    const highlight = { selectedNode: view.node, selectedEdge: view.edge, hoveredNode, hoveredEdge };
    const focus = computeFocus(graph, highlight, { pathEdges: highlightEdges ?? pathEdges, paragraph });
    const preferZh = view.lang === 'zh';
    const input = { graph, looks, visibility, focus, preferZh, settings, edgeThickness, ...highlight };
    return [makeNodeReducer(input), makeEdgeReducer(input)] as const;
  }, [
    graph,
    looks,
    visibility,
    view.node,
    view.edge,
    view.lang,
    hoveredNode,
    hoveredEdge,
    pathEdges,
    highlightEdges,
    paragraph,
    settings,
    edgeThickness,
  ]);
  return { visibility, pathResult, pathEdges, paragraph, nodeReducer, edgeReducer };
}
