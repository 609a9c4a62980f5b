// Tiny graphs with known metric values for the metrics unit tests (star, path, cycle, two bridged triangles).
import Graph, { MultiGraph } from 'graphology';

export function makeStar(leaves = 4, type: 'directed' | 'undirected' = 'undirected'): Graph {
  const graph = new Graph({ type });
  graph.addNode('centre');
  for (let i = 1; i <= leaves; i++) {
    graph.addNode(`leaf${i}`);
    graph.addEdge('centre', `leaf${i}`);
  }
  return graph;
}

/** a -> b -> c */
export function makePath(): Graph {
  const graph = new Graph({ type: 'directed' });
  graph.addNode('a');
  graph.addNode('b');
  graph.addNode('c');
  graph.addEdge('a', 'b');
  graph.addEdge('b', 'c');
  return graph;
}

/** n0 -> n1 -> … -> n(n-1) -> n0 */
export function makeCycle(n: number): Graph {
  const graph = new Graph({ type: 'directed' });
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (let i = 0; i < n; i++) graph.addEdge(`n${i}`, `n${(i + 1) % n}`);
  return graph;
}

/** Triangles a1 a2 a3 and b1 b2 b3 (directed multi graph, one doubled edge) joined by the bridge a1 -> b1. */
export function makeBridgedTriangles(): MultiGraph {
  const graph = new MultiGraph({ type: 'directed' });
  for (const key of ['a1', 'a2', 'a3', 'b1', 'b2', 'b3']) graph.addNode(key);
  graph.addEdge('a1', 'a2');
  graph.addEdge('a2', 'a3');
  graph.addEdge('a3', 'a1');
  graph.addEdge('a3', 'a1');
  graph.addEdge('b1', 'b2');
  graph.addEdge('b2', 'b3');
  graph.addEdge('b3', 'b1');
  graph.addEdge('a1', 'b1');
  return graph;
}
