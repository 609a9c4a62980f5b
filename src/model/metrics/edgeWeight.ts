// Edge weights for the weighted metrics: which attribute holds them, and the weight an edge counts for.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

/** The attribute a weight is looked for under (any case: "weight", "Weight"), as Gephi names it. */
export const DEFAULT_WEIGHT_ATTRIBUTE = 'weight';

/**
 * The weight an edge counts for: its attribute's value when it is a finite number of at least 0, else 1 (an edge
 * without a weight weighs like one relation, as in Gephi).
 */
export function edgeWeight(attributes: Attributes, attribute: string): number {
  const value: unknown = attributes[attribute];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 1;
}

/** Looks for the weight attribute edge by edge (see findWeightAttribute), so that other tallies can share the pass. */
export interface WeightFinder {
  add(attributes: Attributes): void;
  /** The attribute found, given how many edges were added (the graph's size). */
  finish(edgeCount: number): string | undefined;
}

export function createWeightFinder(): WeightFinder {
  const counts = new Map<string, number>();
  const rejected = new Set<string>();
  return {
    add(attributes) {
      for (const name in attributes) {
        // The length first: most names are not six letters long, and lower-casing each one makes a string.
        if (
          name.length !== DEFAULT_WEIGHT_ATTRIBUTE.length ||
          name.toLowerCase() !== DEFAULT_WEIGHT_ATTRIBUTE
        )
          continue;
        if (rejected.has(name)) continue;
        const value: unknown = attributes[name];
        if (value === undefined || value === null || value === '') continue;
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
          counts.set(name, (counts.get(name) ?? 0) + 1);
        else rejected.add(name);
      }
    },
    finish(edgeCount) {
      if (edgeCount === 0) return undefined;
      const found = [...counts].filter(([name, count]) => !rejected.has(name) && count * 2 >= edgeCount);
      found.sort(
        ([a, x], [b, y]) =>
          y - x || Number(b === DEFAULT_WEIGHT_ATTRIBUTE) - Number(a === DEFAULT_WEIGHT_ATTRIBUTE),
      );
      return found[0]?.[0];
    },
  };
}

/**
 * The edge attribute holding weights, if the graph has one: named "weight" (any case), a finite number of at least
 * 0 on at least half the edges, and nothing else where it is set.
 */
export function findWeightAttribute(graph: Graph): string | undefined {
  const finder = createWeightFinder();
  graph.forEachEdge((_edge, attributes) => finder.add(attributes));
  return finder.finish(graph.size);
}

/**
 * The weight attribute to use: `choice` when it is a name, none when null (unweighted), else the graph's own
 * (findWeightAttribute).
 */
export function resolveWeightAttribute(graph: Graph, choice: string | null | undefined): string | undefined {
  if (choice === null) return undefined;
  return choice ?? findWeightAttribute(graph);
}
