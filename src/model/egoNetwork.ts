// The ego network of a node: every node within a number of hops of it, ignoring edge direction.
import type Graph from 'graphology';

export const EGO_DEPTH_MIN = 1;
export const EGO_DEPTH_MAX = 3;

/**
 * Nodes at most `depth` hops (1 to 3) from `node`, following edges either way, the node included.
 * Breadth-first search; throws on an unknown node or a depth outside 1..3.
 */
export function egoNetwork(graph: Graph, node: string, depth: number): Set<string> {
  if (!graph.hasNode(node)) throw new Error(`model/egoNetwork: unknown node "${node}"`);
  if (!Number.isInteger(depth) || depth < EGO_DEPTH_MIN || depth > EGO_DEPTH_MAX) {
    throw new RangeError(
      `model/egoNetwork: depth must be an integer from ${EGO_DEPTH_MIN} to ${EGO_DEPTH_MAX}`,
    );
  }
  const seen = new Set<string>([node]);
  let frontier = [node];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const current of frontier) {
      graph.forEachNeighbor(current, (neighbour) => {
        if (seen.has(neighbour)) return;
        seen.add(neighbour);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  return seen;
}
