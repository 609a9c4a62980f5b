// Options and counts for the Province, Kind and Relation filters and the legend, computed once per graph.
import type Graph from 'graphology';
import { KIND_INFO, NODE_KINDS, RELATION_INFO, RELATIONS } from '../model/ontology';
import { provinceScope } from '../model/provinceScope';
import { kindColor, relationColor } from '../style/appearance';
import type { FacetOption } from '../ui/FiltersPanel';
import type { I18n } from '../ui/i18n/makeI18n';

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
      const option: FacetOption = {
        value: node,
        label: attributes.label ?? node,
        count: provinceScope(graph, node).length,
      };
      if (typeof attributes.labelZh === 'string') option.labelZh = attributes.labelZh;
      provinces.push(option);
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

/** The same facets with their labels in the interface language (Chinese names of provinces, kinds, relations). */
export function translateFacets(facets: Facets, i18n: I18n): Facets {
  return {
    provinces: facets.provinces.map((option) => ({ ...option, label: i18n.name(option) })),
    kinds: facets.kinds.map((option) => ({ ...option, label: i18n.kindPlural(option.value) })),
    relations: facets.relations.map((option) => ({ ...option, label: i18n.relationLabel(option.value) })),
  };
}
