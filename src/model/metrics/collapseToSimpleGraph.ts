// Collapses a (multi, directed or mixed) graph into a new simple graph whose edge `weight` counts merged edges.
import Graph from 'graphology';

export type CollapsedType = 'directed' | 'undirected';

/** Name of the edge attribute holding the number of original edges merged into a collapsed edge. */
export const COLLAPSED_WEIGHT = 'weight';

/**
 * Returns a new simple graph with the same node keys (no attributes) and one edge per linked pair:
 * - 'directed': one edge per ordered pair (source, target); undirected edges of a mixed graph become both ways;
 * - 'undirected': one edge per unordered pair, whatever the original directions.
 * Each collapsed edge's `weight` is the number of original edges merged into it. The input is not modified.
 */
export function collapseToSimpleGraph(graph: Graph, type: CollapsedType): Graph {
  const simple = new Graph({ type, multi: false, allowSelfLoops: true });
  graph.forEachNode((node) => simple.addNode(node));
  const add = (source: string, target: string) => {
    if (simple.hasEdge(source, target)) {
      simple.updateEdgeAttribute(
        source,
        target,
        COLLAPSED_WEIGHT,
        (weight: number | undefined) => (weight ?? 0) + 1,
      );
    } else {
      simple.addEdge(source, target, { [COLLAPSED_WEIGHT]: 1 });
    }
  };
  graph.forEachEdge((_edge, _attributes, source, target, _sa, _ta, undirected) => {
    add(source, target);
    if (type === 'directed' && undirected && source !== target) add(target, source);
  });
  return simple;
}
