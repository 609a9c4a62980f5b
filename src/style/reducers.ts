// sigma's nodeReducer and edgeReducer, made from the view state: filters hide, hover and selection highlight.
import type Graph from 'graphology';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { isRelation, RELATION_INFO } from '../model/ontology';
import { RELATION_LABELS_ZH } from '../model/ontologyZh';
import type { Visibility } from '../model/filters/visibility';
import { focusedRelationColor, relationColor, type NodeLook } from './appearance';
import type { EdgeThickness } from './edgeThickness';
import { edgeTypeOf, highlightedEdgeTypeOf, parallelIndexOf, STRAIGHT_CURVATURE } from './edgeTypes';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR, HIGHLIGHT_EDGE_COLOR } from './palette';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface HighlightState {
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  /** The edge under the pointer: it alone carries its label besides the selection's. */
  hoveredEdge?: string | null;
}

/** Node kinds whose labels are always drawn when they are visible and not faded. */
const ALWAYS_LABELLED_KINDS: ReadonlySet<unknown> = new Set(['leader', 'province']);

/** Label priorities the label layout places first (higher first). */
export const LABEL_PRIORITY = { selected: 4, focused: 3, landmark: 2, other: 0 } as const;

/** What, besides hover and selection, asks for part of the graph to stand out. */
export interface FocusSources {
  /** Edges of the paths the path finder shows. */
  pathEdges?: readonly string[];
  /** What a focused paragraph supports. */
  paragraph?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

/** The part of the graph that stays bright while the rest fades. */
export interface Focus {
  nodes: Set<string>;
  /** Edges to highlight; null means the edges touching `centre`. */
  edges: ReadonlySet<string> | null;
  /** The hovered or selected node, whose edges are highlighted. */
  centre: string | null;
  /** Whether highlighted edges carry their relation's label. */
  labelEdges: boolean;
}

export interface ReducerInput extends HighlightState {
  graph: Graph;
  /** Label nodes with their Chinese names (`labelZh`) where known. */
  preferZh?: boolean;
  looks: Map<string, NodeLook>;
  visibility: Visibility;
  focus: Focus | null;
  /** Edge widths from a weight (see makeEdgeThickness); none: every edge 1 pixel. */
  edgeThickness?: EdgeThickness | null;
  /** The tunables the reducers read (default: DEFAULT_SETTINGS). */
  settings?: Pick<
    Settings,
    'lineEdgesAbove' | 'maxEdgeLabels' | 'parallelCurvature' | 'shrinkFadedNodesAbove' | 'fadedNodeScale'
  >;
}

/**
 * The focus, by priority: the hovered node's neighbourhood, the selected node's, the selected edge's two ends,
 * the paths found, then a focused paragraph's support; a focused paragraph also narrows a selection's focus (see
 * combineWithParagraph). Null when nothing asks for focus.
 */
export function computeFocus(
  graph: Graph,
  highlight: HighlightState,
  sources: FocusSources = {},
): Focus | null {
  const selection = selectionFocus(graph, highlight, sources);
  const { paragraph } = sources;
  if (!paragraph) return selection;
  const hovering = Boolean(highlight.hoveredNode && graph.hasNode(highlight.hoveredNode));
  if (!selection || hovering) return selection ?? paragraphFocus(paragraph);
  return combineWithParagraph(graph, selection, paragraph);
}

function paragraphFocus(paragraph: NonNullable<FocusSources['paragraph']>): Focus {
  return { nodes: new Set(paragraph.nodes), edges: paragraph.edges, centre: null, labelEdges: false };
}

/**
 * A paragraph focus with a selection: the paragraph decides what stays bright (its support), and the selection stays
 * highlighted within it: the selected node (or edge's ends) stays bright and labelled even outside the paragraph, and
 * of its edges those that reach the paragraph's nodes stay bright. So focusing a paragraph always changes the graph,
 * selected or not, and the selection's links into that paragraph stand out.
 */
function combineWithParagraph(
  graph: Graph,
  selection: Focus,
  paragraph: NonNullable<FocusSources['paragraph']>,
): Focus {
  const own = new Set<string>(selection.centre ? [selection.centre] : []);
  if (!selection.centre) for (const node of selection.nodes) own.add(node);
  const nodes = new Set([...paragraph.nodes, ...own]);
  const edges = new Set(paragraph.edges);
  const selectionEdges = selection.edges ?? new Set<string>();
  for (const edge of selectionEdges) {
    if (graph.extremities(edge).every((node) => nodes.has(node))) edges.add(edge);
  }
  return { nodes, edges, centre: selection.centre, labelEdges: selection.labelEdges };
}

/** The focus of hover and selection alone (see computeFocus). */
function selectionFocus(graph: Graph, highlight: HighlightState, sources: FocusSources): Focus | null {
  const centre = highlight.hoveredNode ?? highlight.selectedNode;
  if (centre && graph.hasNode(centre)) {
    const nodes = new Set([centre]);
    graph.forEachNeighbor(centre, (neighbour) => nodes.add(neighbour));
    // The centre's edges, found once here rather than per edge in the reducer.
    const edges = new Set(graph.edges(centre));
    // What a leader stated as the speaker for a province (pledges in a closing speech): Details lists these among
    // the leader's relations (model/describe.ts), so they stand out here too, with both their ends.
    if (graph.getNodeAttribute(centre, 'kind') === 'leader')
      graph.forEachEdge((edge, attributes, source, target) => {
        if (attributes.speaker !== centre) return;
        edges.add(edge);
        nodes.add(source);
        nodes.add(target);
      });
    return { nodes, edges, centre, labelEdges: centre === highlight.selectedNode };
  }
  if (highlight.selectedEdge && graph.hasEdge(highlight.selectedEdge)) {
    const edges = new Set([highlight.selectedEdge]);
    return {
      nodes: new Set(graph.extremities(highlight.selectedEdge)),
      edges,
      centre: null,
      labelEdges: true,
    };
  }
  if (sources.pathEdges?.length) {
    const edges = new Set(sources.pathEdges.filter((edge) => graph.hasEdge(edge)));
    const nodes = new Set<string>();
    for (const edge of edges) for (const node of graph.extremities(edge)) nodes.add(node);
    return { nodes, edges, centre: null, labelEdges: true };
  }
  return null;
}

/**
 * The node reducer. sigma hands a reducer its own shallow copy of the node's attributes; the reducer writes the
 * display data into that copy instead of making a second object per node and per refresh (a selection at 10k nodes
 * re-reduces every node). Every field sigma reads is set here, so no attribute of the file (a `hidden`, a `type`, a
 * `zIndex`) leaks into the display. Never call it with the graph's own attribute object.
 */
export function makeNodeReducer(input: ReducerInput) {
  const { graph, looks, visibility, focus, selectedNode, hoveredNode, preferZh } = input;
  const { shrinkFadedNodesAbove, fadedNodeScale } = input.settings ?? DEFAULT_SETTINGS;
  // In a crowded graph faded discs shrink, so that the highlighted edges beneath them show (see Settings).
  const fadedScale = graph.order > shrinkFadedNodesAbove ? fadedNodeScale : 1;
  return (node: string, attributes: Record<string, unknown>): Partial<NodeDisplayData> => {
    const look = looks.get(node);
    const display = attributes as Partial<NodeDisplayData> & { labelPriority?: number };
    display.label =
      (preferZh && (attributes.labelZh as string | undefined)) ||
      (attributes.label as string | undefined) ||
      node;
    display.color = look?.color ?? (attributes.color as string | undefined);
    display.size = look?.size ?? (attributes.size as number | undefined) ?? 5;
    display.type = undefined;
    display.hidden = false;
    display.highlighted = false;
    display.forceLabel = false;
    display.zIndex = 0;
    display.labelPriority = LABEL_PRIORITY.other;
    if (!visibility.isNodeVisible(node)) {
      display.hidden = true;
      return display;
    }
    if (focus && !focus.nodes.has(node)) {
      display.color = FADED_NODE_COLOR;
      display.size *= fadedScale;
      display.label = null;
      return display;
    }
    // Forced labels are candidates whatever their size; the label layout (labelLayout.ts) draws them first, where
    // they fit without overlapping.
    if (ALWAYS_LABELLED_KINDS.has(attributes.kind)) {
      display.forceLabel = true;
      display.labelPriority = LABEL_PRIORITY.landmark;
    }
    if (focus) {
      display.forceLabel = true;
      display.labelPriority = LABEL_PRIORITY.focused;
      display.zIndex = 1;
    }
    if (node === selectedNode || node === hoveredNode) {
      display.highlighted = true;
      display.forceLabel = true;
      display.labelPriority = LABEL_PRIORITY.selected;
      display.zIndex = 2;
    }
    return display;
  };
}

export function makeEdgeReducer(input: ReducerInput) {
  const { graph, visibility, focus, selectedEdge, hoveredEdge, preferZh, edgeThickness } = input;
  const { lineEdgesAbove, parallelCurvature, maxEdgeLabels } = input.settings ?? DEFAULT_SETTINGS;
  // A selection's edges carry labels only when few enough to fit; the Details list carries them otherwise.
  const labelFocusEdges =
    focus !== null && focus.labelEdges && (focus.edges ? focus.edges.size : 0) <= maxEdgeLabels;
  const relationLabel = (relation: unknown) =>
    !isRelation(relation)
      ? String(relation ?? '')
      : preferZh
        ? RELATION_LABELS_ZH[relation][0]
        : RELATION_INFO[relation].label;
  const plainLines = graph.size > lineEdgesAbove;
  // Like the node reducer, this writes into sigma's copy of the edge's attributes (see makeNodeReducer).
  return (edge: string, attributes: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const relation = attributes.relation;
    // Read every attribute it needs before writing any field.
    const size = edgeThickness ? edgeThickness(attributes) : 1;
    // Hidden edges keep a program the graph registers (edgeTypesOf): only the programs it needs are compiled.
    const type = plainLines ? 'line' : edgeTypeOf(graph, edge, attributes, Boolean(edgeThickness));
    const display = attributes as Partial<EdgeDisplayData> & { curvature?: number };
    display.type = type;
    display.color = relationColor(relation);
    display.size = size;
    display.label = null;
    display.hidden = false;
    display.forceLabel = false;
    display.zIndex = 0;
    if (!visibility.isEdgeVisible(edge)) {
      display.hidden = true;
      return display;
    }
    const inFocus =
      focus !== null &&
      (focus.edges
        ? focus.edges.has(edge)
        : focus.centre !== null && graph.extremities(edge).includes(focus.centre));
    // Above lineEdgesAbove, only the edges in focus (and the one under the pointer) are drawn in full, never as
    // plain lines (an undirected one as a rectangle, a directed one by the curve program): sigma draws those programs
    // after the lines' (EDGE_TYPES), so they lie above the faded lines without a zIndex, and sigma does not sort
    // every edge on each refresh.
    if (plainLines && (inFocus || edge === hoveredEdge))
      display.type = highlightedEdgeTypeOf(graph, edge, attributes);
    if (display.type === 'curved') {
      const parallelIndex = parallelIndexOf(attributes);
      // A straight arrow drawn by the curve program (highlightedEdgeTypeOf) stays straight.
      display.curvature =
        parallelIndex === null ? STRAIGHT_CURVATURE : parallelCurvature * (1 + parallelIndex) * 0.6;
    }
    if (edge === hoveredEdge) {
      display.label = relationLabel(relation);
      display.forceLabel = true;
      display.size = 2;
      if (!plainLines) display.zIndex = 2;
    }
    if (!focus) return display;
    if (!inFocus) {
      display.color = FADED_EDGE_COLOR;
      display.zIndex = 0;
      return display;
    }
    const isSelected = edge === selectedEdge;
    display.color = isSelected ? HIGHLIGHT_EDGE_COLOR : focusedRelationColor(relation);
    display.size = (display.size ?? 1) + (isSelected ? 2 : 1);
    if (!plainLines) display.zIndex = 1;
    // The selected edge, a path's edges and a small selection's edges carry their relation's human label.
    if (labelFocusEdges || isSelected || edge === hoveredEdge) {
      display.label = relationLabel(relation);
      display.forceLabel = true;
    }
    return display;
  };
}
