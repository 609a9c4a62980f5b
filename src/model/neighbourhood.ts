// A node's closed neighbourhood (itself and its direct neighbours, either direction), for highlighting.
import type Graph from 'graphology';

export function closedNeighbourhood(graph: Graph, node: string): Set<string> {
  const result = new Set<string>();
  if (!graph.hasNode(node)) return result;
  result.add(node);
  graph.forEachNeighbor(node, (neighbour) => result.add(neighbour));
  return result;
}
