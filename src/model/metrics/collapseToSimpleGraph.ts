// Collapses a (multi, directed or mixed) graph into a new simple graph whose edge `weight` counts merged edges.
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';

export type CollapsedType = 'directed' | 'undirected';

/** Name of the edge attribute holding the number of original edges merged into a collapsed edge. */
export const COLLAPSED_WEIGHT = 'weight';

/**
 * Returns a new simple graph with the same node keys (no attributes) and one edge per linked pair:
 * - 'directed': one edge per ordered pair (source, target); undirected edges of a mixed graph become both ways;
 * - 'undirected': one edge per unordered pair, whatever the original directions.
 * Each collapsed edge's `weight` is the number of original edges merged into it, or the sum of their weights when
 * `weightOf` is given. The input is not modified.
 */
export function collapseToSimpleGraph(
  graph: Graph,
  type: CollapsedType,
  weightOf: (attributes: Attributes) => number = () => 1,
): Graph {
  const simple = new Graph({ type, multi: false, allowSelfLoops: true });
  graph.forEachNode((node) => simple.addNode(node));
  const add = (source: string, target: string, weight: number) => {
    if (simple.hasEdge(source, target)) {
      simple.updateEdgeAttribute(
        source,
        target,
        COLLAPSED_WEIGHT,
        (sum: number | undefined) => (sum ?? 0) + weight,
      );
    } else {
      simple.addEdge(source, target, { [COLLAPSED_WEIGHT]: weight });
    }
  };
  graph.forEachEdge((_edge, attributes, source, target, _sa, _ta, undirected) => {
    const weight = weightOf(attributes);
    add(source, target, weight);
    if (type === 'directed' && undirected && source !== target) add(target, source, weight);
  });
  return simple;
}
