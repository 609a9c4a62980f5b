// Options and counts for the Province, Kind and Relation filters and the legend, computed once per graph.
import type Graph from 'graphology';
import { KIND_INFO, NODE_KINDS, RELATION_INFO, RELATIONS } from '../model/ontology';
import { provinceScope } from '../model/provinceScope';
import { kindColor, relationColor } from '../style/appearance';
import type { FacetOption } from '../ui/FiltersPanel';

export interface Facets {
  provinces: FacetOption[];
  kinds: FacetOption[];
  relations: FacetOption[];
}

export function makeFacets(graph: Graph): Facets {
  const kindCounts = new Map<string, number>();
  const relationCounts = new Map<string, number>();
  const provinces: FacetOption[] = [];
  graph.forEachNode((node, attributes) => {
    kindCounts.set(attributes.kind, (kindCounts.get(attributes.kind) ?? 0) + 1);
    if (attributes.kind === 'province') {
      provinces.push({
        value: node,
        label: attributes.label ?? node,
        count: provinceScope(graph, node).length,
      });
    }
  });
  graph.forEachEdge((_edge, attributes) => {
    relationCounts.set(attributes.relation, (relationCounts.get(attributes.relation) ?? 0) + 1);
  });
  return {
    provinces: provinces.sort((a, b) => a.label.localeCompare(b.label)),
    kinds: NODE_KINDS.filter((kind) => kindCounts.has(kind)).map((kind) => ({
      value: kind,
      label: KIND_INFO[kind].plural,
      count: kindCounts.get(kind)!,
      color: kindColor(kind),
    })),
    relations: RELATIONS.filter((relation) => relationCounts.has(relation)).map((relation) => ({
      value: relation,
      label: RELATION_INFO[relation].label,
      count: relationCounts.get(relation)!,
      color: relationColor(relation),
    })),
  };
}
