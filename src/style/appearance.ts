// Base appearance: node colour by kind, edge colour by relation family, and node looks (colour, size) from an encoding.
import type Graph from 'graphology';
import { isNodeKind, RELATIONS } from '../model/ontology';
import { DEFAULT_EDGE_COLOR, DEFAULT_NODE_COLOR, FOCUS_EDGE_COLOR, KIND_COLORS } from './palette';
import { RELATION_FAMILY, RELATION_FAMILY_COLORS } from './relationFamilies';

export interface NodeLook {
  color: string;
  size: number;
}

export function kindColor(kind: unknown): string {
  return isNodeKind(kind) ? KIND_COLORS[kind] : DEFAULT_NODE_COLOR;
}

// Edges are coloured by their relation's family (style/relationFamilies): seven colours one can tell apart.
const RELATION_COLORS = new Map<unknown, string>(
  RELATIONS.map((relation) => [relation, RELATION_FAMILY_COLORS[RELATION_FAMILY[relation]]]),
);

/** A relation's colour (a lookup: the edge reducer calls this for every edge on every refresh). */
export function relationColor(relation: unknown): string {
  return RELATION_COLORS.get(relation) ?? DEFAULT_EDGE_COLOR;
}

/**
 * A highlighted edge's colour: its relation's, or for an edge without one (a foreign graph's) a dark grey instead of
 * the light default, which vanishes among the faded nodes of a large graph.
 */
export function focusedRelationColor(relation: unknown): string {
  return RELATION_COLORS.get(relation) ?? FOCUS_EDGE_COLOR;
}

/** Node colours and sizes from an encoding, computed once per encoding (the reducer reads them for every node). */
export function makeNodeLooks(
  graph: Graph,
  encoding: { sizeOf(node: string): number; colourOf(node: string): string },
): Map<string, NodeLook> {
  const looks = new Map<string, NodeLook>();
  graph.forEachNode((node) => {
    looks.set(node, { color: encoding.colourOf(node), size: Number(encoding.sizeOf(node).toFixed(2)) });
  });
  return looks;
}
