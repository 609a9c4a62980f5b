// sigma's nodeReducer and edgeReducer, made from the view state: filters hide, hover and selection highlight.
import type Graph from 'graphology';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { isRelation, RELATION_INFO } from '../model/ontology';
import type { Visibility } from '../model/visibility';
import { relationColor, type NodeLook } from './appearance';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR, HIGHLIGHT_EDGE_COLOR } from './palette';

/** Curvature step between parallel edges (the same as @sigma/edge-curve's default, which cannot load in node). */
export const DEFAULT_PARALLEL_CURVATURE = 0.25;

export interface HighlightState {
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
}

export interface ReducerInput extends HighlightState {
  graph: Graph;
  looks: Map<string, NodeLook>;
  visibility: Visibility;
  /** Nodes that stay bright while the rest fades, or null when nothing is highlighted. */
  focus: Set<string> | null;
}

/** The focus set: the hovered node's neighbourhood, else the selected node's, else the selected edge's ends. */
export function computeFocus(graph: Graph, highlight: HighlightState): Set<string> | null {
  const centre = highlight.hoveredNode ?? highlight.selectedNode;
  if (centre && graph.hasNode(centre)) {
    const focus = new Set([centre]);
    graph.forEachNeighbor(centre, (neighbour) => focus.add(neighbour));
    return focus;
  }
  if (highlight.selectedEdge && graph.hasEdge(highlight.selectedEdge)) {
    return new Set(graph.extremities(highlight.selectedEdge));
  }
  return null;
}

export function makeNodeReducer(input: ReducerInput) {
  const { looks, visibility, focus, selectedNode, hoveredNode } = input;
  return (node: string, attributes: Record<string, unknown>): Partial<NodeDisplayData> => {
    const look = looks.get(node);
    const display: Partial<NodeDisplayData> = {
      x: attributes.x as number,
      y: attributes.y as number,
      label: (attributes.label as string | undefined) ?? node,
      color: look?.color ?? (attributes.color as string | undefined),
      size: look?.size ?? (attributes.size as number | undefined) ?? 5,
    };
    if (!visibility.isNodeVisible(node)) return { ...display, hidden: true };
    if (focus && !focus.has(node)) {
      return { ...display, color: FADED_NODE_COLOR, label: null, zIndex: 0 };
    }
    if (focus) {
      display.forceLabel = true;
      display.zIndex = 1;
    }
    if (node === selectedNode || node === hoveredNode) {
      display.highlighted = true;
      display.zIndex = 2;
    }
    return display;
  };
}

export function makeEdgeReducer(input: ReducerInput) {
  const { graph, visibility, focus, selectedNode, hoveredNode, selectedEdge } = input;
  const centre = hoveredNode ?? selectedNode;
  return (edge: string, attributes: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const relation = attributes.relation;
    const parallelIndex = attributes.parallelIndex as number | undefined;
    const curved = typeof parallelIndex === 'number' && (attributes.parallelMaxIndex as number) > 0;
    const display: Partial<EdgeDisplayData> & { curvature?: number } = {
      color: relationColor(relation),
      size: 1,
      label: null,
      type: curved ? 'curved' : 'arrow',
    };
    if (curved) display.curvature = DEFAULT_PARALLEL_CURVATURE * (1 + parallelIndex) * 0.6;
    if (!visibility.isEdgeVisible(edge)) return { ...display, hidden: true };
    const [source, target] = graph.extremities(edge);
    const touchesCentre = centre !== null && (source === centre || target === centre);
    const isSelected = edge === selectedEdge;
    if (focus && !touchesCentre && !isSelected) return { ...display, color: FADED_EDGE_COLOR, zIndex: 0 };
    if (touchesCentre || isSelected) {
      display.color = isSelected ? HIGHLIGHT_EDGE_COLOR : display.color;
      display.size = isSelected ? 3 : 2;
      display.zIndex = 1;
      // The selection's edges carry their relation's human label.
      if (isSelected || (selectedNode !== null && centre === selectedNode)) {
        display.label = isRelation(relation) ? RELATION_INFO[relation].label : String(relation ?? '');
        display.forceLabel = true;
      }
    }
    return display;
  };
}
