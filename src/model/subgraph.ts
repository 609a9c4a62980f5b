// Copies the visible part of a graph (nodes and edges passing predicates) into a new graph with the same options.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

export type NodePredicate<N extends Attributes = Attributes> = (key: string, attributes: N) => boolean;
export type EdgePredicate<E extends Attributes = Attributes> = (
  key: string,
  attributes: E,
  source: string,
  target: string,
) => boolean;

/**
 * A new graph of the same type and options, with the graph attributes, the visible nodes, and the visible edges
 * whose two ends are visible. Attribute objects are shallow copies; edge keys and directions are kept.
 */
export function makeSubgraph<N extends Attributes, E extends Attributes, G extends Attributes>(
  graph: Graph<N, E, G>,
  isNodeVisible: NodePredicate<N>,
  isEdgeVisible: EdgePredicate<E> = () => true,
): Graph<N, E, G> {
  const subgraph = graph.nullCopy();
  graph.forEachNode((key, attributes) => {
    if (isNodeVisible(key, attributes)) subgraph.addNode(key, { ...attributes });
  });
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    if (!subgraph.hasNode(source) || !subgraph.hasNode(target)) return;
    if (!isEdgeVisible(key, attributes, source, target)) return;
    const copy = { ...attributes };
    if (undirected) subgraph.addUndirectedEdgeWithKey(key, source, target, copy);
    else subgraph.addDirectedEdgeWithKey(key, source, target, copy);
  });
  return subgraph;
}
