// Derived, memoised view data: visibility, focus, sigma reducers, paths and paragraph support, from state + graph.
import type Graph from 'graphology';
import { useMemo } from 'react';
import { computeVisibility, type Visibility } from '../../model/filters/visibility';
import { paragraphSupport } from '../../model/paragraphSupport';
import { findPaths, type PathResult } from '../../model/paths';
import type { MentionsIndex } from '../../model/types';
import type { ViewState } from '../../state/types';
import { makeNodeLooks } from '../../style/appearance';
import type { NodeEncoding } from '../../style/encoding';
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

export function useGraphView(
  graph: Graph,
  view: ViewState,
  hoveredNode: string | null,
  hoveredEdge: string | null,
  mentions: MentionsIndex | null,
  encoding: NodeEncoding,
  settings: Settings = DEFAULT_SETTINGS,
): GraphView {
  const looks = useMemo(() => makeNodeLooks(graph, encoding), [graph, encoding]);
  // The ego filter reads the selection: only then does a new selection change what is visible.
  const egoCentre = view.filters.some((filter) => filter.type === 'ego') ? view.node : null;
  const visibility = useMemo(
    () => computeVisibility(graph, view.filters, { selectedNode: egoCentre }),
    [graph, view.filters, egoCentre],
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
    const focus = computeFocus(graph, highlight, { pathEdges, paragraph });
    const input = { graph, looks, visibility, focus, preferZh: view.lang === 'zh', settings, ...highlight };
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
    paragraph,
    settings,
  ]);
  return { visibility, pathResult, pathEdges, paragraph, nodeReducer, edgeReducer };
}
