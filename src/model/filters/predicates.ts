// One predicate per filter type: an entry compiled into node and edge tests (sets computed once, read per item).
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { egoNetwork } from '../egoNetwork';
import { facetScope } from '../facets';
import { paragraphSupport } from '../paragraphSupport';
import { makeFieldReader } from './rangeFields';
import type { FilterContext, FilterOf, FilterType } from './types';

/** A compiled filter: what it keeps. A missing test keeps everything of that sort. */
export interface FilterTests {
  node?: (node: string, attributes: Attributes) => boolean;
  edge?: (edge: string, attributes: Attributes) => boolean;
}

/** Compiles one entry; null when it filters nothing (e.g. an ego depth with nothing selected). */
export type FilterPredicate<T extends FilterType> = (
  graph: Graph,
  filter: FilterOf<T>,
  context: FilterContext,
) => FilterTests | null;

export const FILTER_PREDICATES: { [T in FilterType]: FilterPredicate<T> } = {
  facet: (graph, { facet, values, mode }) => {
    if (values.length === 0) return null;
    const scope = facetScope(graph, facet, values, mode);
    return { node: (node) => scope.has(node) };
  },
  hiddenKinds: (_graph, { kinds }) => {
    if (kinds.length === 0) return null;
    const hidden = new Set<unknown>(kinds);
    return { node: (_node, attributes) => !hidden.has(attributes.kind) };
  },
  hiddenRelations: (_graph, { relations }) => {
    if (relations.length === 0) return null;
    const hidden = new Set<unknown>(relations);
    return { edge: (_edge, attributes) => !hidden.has(attributes.relation) };
  },
  stage: (_graph, { stage }) => ({
    // Edges without a stage are not statements of either stage: they stay (see StageFilter).
    edge: (_edge, attributes) => attributes.stage === undefined || attributes.stage === stage,
  }),
  edgeFacet: (_graph, { attribute, hidden }) => {
    if (hidden.length === 0) return null;
    const hiddenValues = new Set(hidden);
    return {
      edge: (_edge, attributes) => {
        const value: unknown = Object.hasOwn(attributes, attribute) ? attributes[attribute] : undefined;
        return value === undefined || value === null || !hiddenValues.has(String(value));
      },
    };
  },
  evidence: (graph, { paragraphs }) => {
    if (paragraphs.length === 0) return null;
    const support = paragraphSupport(graph, paragraphs);
    return { node: (node) => support.nodes.has(node), edge: (edge) => support.edges.has(edge) };
  },
  range: (graph, { field, min, max }, { metrics }) => {
    const read = makeFieldReader(graph, field, metrics);
    if (!read) return null;
    return {
      node: (node, attributes) => {
        const value = read(node, attributes);
        return value !== undefined && value >= min && value <= max;
      },
    };
  },
  ego: (graph, { depth }, { selectedNode }) => {
    if (!selectedNode || !graph.hasNode(selectedNode)) return null;
    const nearby = egoNetwork(graph, selectedNode, depth);
    return { node: (node) => nearby.has(node) };
  },
};
