// Facet filters: one mechanism for the YRD province filter and for filters on any categorical node attribute.
import type Graph from 'graphology';
import type { FacetMode } from './filters/types';
import { provinceScope } from './provinceScope';

/** The facet whose values are province nodes, filtered with the province rule (see provinceScope). */
export const PROVINCE_FACET = 'province';

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
 * The nodes a facet's chosen values bring into view: in "any" mode the union of the values' scopes, in "all" mode
 * their intersection (what every chosen value shares; chosen province nodes stay visible with it).
 */
export function facetScope(
  graph: Graph,
  facet: string,
  values: readonly string[],
  mode: FacetMode,
): Set<string> {
  const scopes = values.map((value) => facetValueScope(graph, facet, value));
  if (mode === 'any') return new Set(scopes.flatMap((scope) => [...scope]));
  const shared = intersect(scopes);
  if (facet === PROVINCE_FACET) for (const value of values) shared.add(value);
  return shared;
}
