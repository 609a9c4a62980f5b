// sigma's nodeReducer and edgeReducer, made from the view state: filters hide, hover and selection highlight.
import type Graph from 'graphology';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { isRelation, RELATION_INFO } from '../model/ontology';
import { PARALLEL_INDEX_ATTRIBUTE, PARALLEL_MAX_INDEX_ATTRIBUTE } from '../model/parallelEdges';
import { RELATION_LABELS_ZH } from '../model/ontologyZh';
import type { Visibility } from '../model/filters/visibility';
import { relationColor, type NodeLook } from './appearance';
import type { EdgeThickness } from './edgeThickness';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR, HIGHLIGHT_EDGE_COLOR } from './palette';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface HighlightState {
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
}

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
  settings?: Pick<Settings, 'lineEdgesAbove' | 'maxForcedLabels' | 'parallelCurvature'>;
}

/**
 * The focus, by priority: the hovered node's neighbourhood, the selected node's, the selected edge's two ends,
 * the paths found, then a focused paragraph's support. Null when nothing asks for focus.
 */
export function computeFocus(
  graph: Graph,
  highlight: HighlightState,
  sources: FocusSources = {},
): Focus | null {
  const centre = highlight.hoveredNode ?? highlight.selectedNode;
  if (centre && graph.hasNode(centre)) {
    const nodes = new Set([centre]);
    graph.forEachNeighbor(centre, (neighbour) => nodes.add(neighbour));
    // The centre's edges, found once here rather than per edge in the reducer.
    return {
      nodes,
      edges: new Set(graph.edges(centre)),
      centre,
      labelEdges: centre === highlight.selectedNode,
    };
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
  if (sources.paragraph) {
    return {
      nodes: new Set(sources.paragraph.nodes),
      edges: sources.paragraph.edges,
      centre: null,
      labelEdges: false,
    };
  }
  return null;
}

export function makeNodeReducer(input: ReducerInput) {
  const { looks, visibility, focus, selectedNode, hoveredNode, preferZh } = input;
  const { maxForcedLabels } = input.settings ?? DEFAULT_SETTINGS;
  return (node: string, attributes: Record<string, unknown>): Partial<NodeDisplayData> => {
    const look = looks.get(node);
    const display: Partial<NodeDisplayData> = {
      x: attributes.x as number,
      y: attributes.y as number,
      label:
        (preferZh && (attributes.labelZh as string | undefined)) ||
        (attributes.label as string | undefined) ||
        node,
      color: look?.color ?? (attributes.color as string | undefined),
      size: look?.size ?? (attributes.size as number | undefined) ?? 5,
    };
    // One object per node and per refresh, changed in place (sigma calls this for every node).
    if (!visibility.isNodeVisible(node)) {
      display.hidden = true;
      return display;
    }
    if (focus && !focus.nodes.has(node)) {
      display.color = FADED_NODE_COLOR;
      display.label = null;
      display.zIndex = 0;
      return display;
    }
    if (focus) {
      // Small neighbourhoods get all their labels; in large ones sigma's label grid keeps them readable.
      display.forceLabel = focus.nodes.size <= maxForcedLabels;
      display.zIndex = 1;
    }
    if (node === selectedNode || node === hoveredNode) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    return display;
  };
}

export function makeEdgeReducer(input: ReducerInput) {
  const { graph, visibility, focus, selectedEdge, preferZh, edgeThickness } = input;
  const { lineEdgesAbove, parallelCurvature } = input.settings ?? DEFAULT_SETTINGS;
  const undirected = graph.type === 'undirected';
  const mixed = graph.type === 'mixed';
  const plainLines = graph.size > lineEdgesAbove;
  return (edge: string, attributes: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const relation = attributes.relation;
    const display: Partial<EdgeDisplayData> & { curvature?: number } = {
      color: relationColor(relation),
      size: edgeThickness ? edgeThickness(attributes) : 1,
      label: null,
      type: 'line',
    };
    if (!visibility.isEdgeVisible(edge)) {
      display.hidden = true;
      return display;
    }
    const inFocus =
      focus !== null &&
      (focus.edges
        ? focus.edges.has(edge)
        : focus.centre !== null && graph.extremities(edge).includes(focus.centre));
    if (!plainLines || inFocus) {
      const parallelIndex = attributes[PARALLEL_INDEX_ATTRIBUTE] as number | undefined;
      const curved =
        typeof parallelIndex === 'number' && (attributes[PARALLEL_MAX_INDEX_ATTRIBUTE] as number) > 0;
      const plain = undirected || (mixed && graph.isUndirected(edge));
      // A 'line' is one pixel wide whatever its size: weighted undirected edges are drawn as rectangles.
      display.type = curved ? 'curved' : plain ? (edgeThickness ? 'rectangle' : 'line') : 'arrow';
      if (curved) display.curvature = parallelCurvature * (1 + parallelIndex) * 0.6;
    }
    if (!focus) return display;
    if (!inFocus) {
      display.color = FADED_EDGE_COLOR;
      display.zIndex = 0;
      return display;
    }
    const isSelected = edge === selectedEdge;
    display.color = isSelected ? HIGHLIGHT_EDGE_COLOR : display.color;
    display.size = (display.size ?? 1) + (isSelected ? 2 : 1);
    display.zIndex = 1;
    // The selection's edges (and a path's) carry their relation's human label.
    if (focus.labelEdges) {
      display.label = !isRelation(relation)
        ? String(relation ?? '')
        : preferZh
          ? RELATION_LABELS_ZH[relation][0]
          : RELATION_INFO[relation].label;
      display.forceLabel = true;
    }
    return display;
  };
}
