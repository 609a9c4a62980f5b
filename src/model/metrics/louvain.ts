// Louvain communities on the undirected, collapsed view, seeded and renumbered so the ids are stable.
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { COLLAPSED_WEIGHT, collapseToSimpleGraph } from './collapseToSimpleGraph';
import { DEFAULT_SEED, makeSeededRandom } from './seededRandom';
import type { NodeValues } from './types';

export interface LouvainOptions {
  /** Seed of the random generator that orders Louvain's moves (default 42): same graph, same communities. */
  seed?: number;
  /** Modularity resolution (default 1; higher gives more, smaller communities). */
  resolution?: number;
}

/**
 * Community id per node. The graph is collapsed to a simple undirected graph whose edge weight is the number of
 * relations between the two nodes (either direction), because communities of a knowledge graph are groups of densely
 * related entities whatever the reading direction. Ids are renumbered 0..k-1 by community size (largest first), ties
 * by first member in graph order, so that id 0 is always the biggest community.
 */
export function computeLouvain(graph: Graph, options: LouvainOptions = {}): NodeValues {
  if (graph.order === 0) return {};
  const simple = collapseToSimpleGraph(graph, 'undirected');
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
