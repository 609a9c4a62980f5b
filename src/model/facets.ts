// Facet filters: one mechanism for the YRD province filter and for filters on any categorical node attribute.
import type Graph from 'graphology';
import { provinceScope } from './provinceScope';

export type FacetMode = 'any' | 'all';

/** The values chosen in one facet. */
export interface FacetSelection {
  facet: string;
  values: string[];
}

/** The facet whose values are province nodes, filtered with the province rule (see provinceScope). */
export const PROVINCE_FACET = 'province';

/** Help text for attribute facets (the province facet has its own rule). */
export const ATTRIBUTE_FACET_HELP =
  'A value shows the nodes that have it. "Any" shows nodes with any chosen value; "All" only nodes that match every ' +
  'chosen value of a facet. Different facets narrow each other.';

/**
 * The nodes one facet value brings into view: for the province facet, the province's scope (the province, its
 * office-holders and what they link to); for an attribute facet, the nodes whose attribute has that value.
 */
export function facetValueScope(graph: Graph, facet: string, value: string): Set<string> {
  if (facet === PROVINCE_FACET) return new Set(provinceScope(graph, value));
  const scope = new Set<string>();
  graph.forEachNode((node, attributes) => {
    const own = Object.prototype.hasOwnProperty.call(attributes, facet) ? attributes[facet] : undefined;
    if (own !== undefined && own !== null && String(own) === value) scope.add(node);
  });
  return scope;
}

function intersect(sets: readonly Set<string>[]): Set<string> {
  const [first, ...rest] = sets;
  if (!first) return new Set();
  return new Set([...first].filter((node) => rest.every((set) => set.has(node))));
}

/**
 * Nodes visible under the facet selections, or null when nothing is chosen. Within a facet, "any" takes the union of
 * its values' scopes and "all" their intersection (what every chosen value shares; chosen province nodes stay
 * visible with it). Different facets combine by intersection.
 */
export function filterByFacets(
  graph: Graph,
  selections: readonly FacetSelection[],
  mode: FacetMode,
): Set<string> | null {
  const active = selections.filter((selection) => selection.values.length > 0);
  if (active.length === 0) return null;
  const perFacet = active.map(({ facet, values }) => {
    const scopes = values.map((value) => facetValueScope(graph, facet, value));
    if (mode === 'any') return new Set(scopes.flatMap((scope) => [...scope]));
    const shared = intersect(scopes);
    if (facet === PROVINCE_FACET) for (const value of values) shared.add(value);
    return shared;
  });
  return intersect(perFacet);
}
