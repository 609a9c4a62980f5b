// Louvain communities on the undirected, collapsed view (optionally weighted), seeded and renumbered so ids are stable.
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { COLLAPSED_WEIGHT, collapseToSimpleGraph } from './collapseToSimpleGraph';
import { edgeWeight } from './edgeWeight';
import { DEFAULT_SEED, makeSeededRandom } from './seededRandom';
import type { NodeValues } from './types';

export interface LouvainOptions {
  /** Seed of the random generator that orders Louvain's moves (default 42): same graph, same communities. */
  seed?: number;
  /** Modularity resolution (default 1; higher gives more, smaller communities). */
  resolution?: number;
  /**
   * An edge attribute holding weights (e.g. "weight"): two nodes are then as close as the sum of their edges'
   * weights (edges without a usable weight count 1, see edgeWeight). Without it, every edge counts 1.
   */
  weightAttribute?: string;
}

/**
 * Community id per node. The graph is collapsed to a simple undirected graph whose edge weight is the number of
 * relations between the two nodes (either direction), because communities of a knowledge graph are groups of densely
 * related entities whatever the reading direction (with `weightAttribute`, the sum of their weights). Ids are renumbered 0..k-1 by community size (largest first), ties
 * by first member in graph order, so that id 0 is always the biggest community.
 */
export function computeLouvain(graph: Graph, options: LouvainOptions = {}): NodeValues {
  if (graph.order === 0) return {};
  const { weightAttribute } = options;
  let simple = weightAttribute
    ? collapseToSimpleGraph(graph, 'undirected', (attributes) => edgeWeight(attributes, weightAttribute))
    : collapseToSimpleGraph(graph, 'undirected');
  // Weights that are all 0 leave nothing to divide by: count the edges instead.
  if (
    weightAttribute &&
    simple.reduceEdges((sum, _e, attributes) => sum + (attributes[COLLAPSED_WEIGHT] as number), 0) === 0
  )
    simple = collapseToSimpleGraph(graph, 'undirected');
  const raw = louvain(simple, {
    getEdgeWeight: COLLAPSED_WEIGHT,
    resolution: options.resolution ?? 1,
    rng: makeSeededRandom(options.seed ?? DEFAULT_SEED),
  });
  return renumberCommunities(graph.nodes(), raw);
}

/** Renumbers community ids 0..k-1: larger communities first, ties by their first node in `order`. */
export function renumberCommunities(order: readonly string[], communities: NodeValues): NodeValues {
  const members = new Map<number, { first: number; size: number }>();
  order.forEach((node, index) => {
    const id = communities[node];
    if (id === undefined) return;
    const entry = members.get(id);
    if (entry) entry.size += 1;
    else members.set(id, { first: index, size: 1 });
  });
  const ranked = [...members.entries()].sort(([, a], [, b]) => b.size - a.size || a.first - b.first);
  const newId = new Map(ranked.map(([id], index) => [id, index]));
  const result: NodeValues = {};
  for (const node of order) {
    const id = communities[node];
    if (id !== undefined) result[node] = newId.get(id) ?? 0;
  }
  return result;
}
