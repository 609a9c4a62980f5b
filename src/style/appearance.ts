// Base appearance: node colour by kind, edge colour by relation, and node looks (colour, size) from an encoding.
import type Graph from 'graphology';
import { isNodeKind, RELATIONS } from '../model/ontology';
import { DEFAULT_EDGE_COLOR, DEFAULT_NODE_COLOR, KIND_COLORS, RELATION_COLOR_SCALE } from './palette';

export interface NodeLook {
  color: string;
  size: number;
}

export function kindColor(kind: unknown): string {
  return isNodeKind(kind) ? KIND_COLORS[kind] : DEFAULT_NODE_COLOR;
}

const RELATION_COLORS = new Map<unknown, string>(
  RELATIONS.map((relation, index) => [relation, RELATION_COLOR_SCALE[index % RELATION_COLOR_SCALE.length]!]),
);

/** A relation's colour (a lookup: the edge reducer calls this for every edge on every refresh). */
export function relationColor(relation: unknown): string {
  return RELATION_COLORS.get(relation) ?? DEFAULT_EDGE_COLOR;
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
