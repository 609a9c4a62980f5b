// Base appearance computed once per graph: node colour by kind and size by degree, edge colour by relation.
import type Graph from 'graphology';
import { sizeRangeFor } from '../model/metrics/sizeScale';
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

/** Node colours and sizes from an encoding; without one, colour by kind and size by degree (square-root scale). */
export function makeNodeLooks(
  graph: Graph,
  encoding?: { sizeOf(node: string): number; colourOf(node: string): string },
): Map<string, NodeLook> {
  if (encoding) {
    const looks = new Map<string, NodeLook>();
    graph.forEachNode((node) => {
      looks.set(node, { color: encoding.colourOf(node), size: Number(encoding.sizeOf(node).toFixed(2)) });
    });
    return looks;
  }
  let maxDegree = 1;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  const { min, max } = sizeRangeFor(graph.order);
  const looks = new Map<string, NodeLook>();
  graph.forEachNode((node, attributes) => {
    const t = Math.sqrt(graph.degree(node) / maxDegree);
    looks.set(node, {
      color: kindColor(attributes.kind),
      size: Number((min + t * (max - min)).toFixed(2)),
    });
  });
  return looks;
}
