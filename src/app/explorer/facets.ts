// Filter options and counts computed once per graph: facet groups (province, categorical attributes), kinds, relations.
import type Graph from 'graphology';
import { summarizeAttributes } from '../../model/attributeSummary';
import { PROVINCE_FACET } from '../../model/facets';
import { KIND_INFO, NODE_KINDS, RELATION_INFO, RELATIONS } from '../../model/ontology';
import { provinceScope } from '../../model/provinceScope';
import { kindColor, relationColor } from '../../style/appearance';
import type { FacetGroup, FacetOption } from '../../ui/FiltersPanel';
import type { I18n } from '../../ui/i18n/makeI18n';
import type { EncodingOption } from '../../style/encodingOptions';
import { ATTRIBUTE_PREFIX } from '../../style/encoding';
import type { AttributeSummary } from '../../model/attributeSummary';
import { findEdgeFacets, summarizeEdges } from '../../model/edgeFacets';

/** A facet group, with how the URL writes it (see FacetDefinition). */
export interface FacetGroupDefinition extends FacetGroup {
  param?: string;
  valuePrefix?: string;
}

export interface Facets {
  /** Facet filters: the province facet for the YRD graph, categorical attributes for others. */
  groups: FacetGroupDefinition[];
  kinds: FacetOption[];
  relations: FacetOption[];
  /** Attributes offered to "Size by" (numeric) and "Colour by" (categorical), as `attr:<name>` options. */
  numericAttributes: EncodingOption[];
  categoricalAttributes: EncodingOption[];
  /** Edge facets (categorical edge attributes), filtered like relations: unchecked values are hidden. */
  edgeFacets: FacetGroup[];
  /** The stages the graph's statements carry (value: the stage), with their edge counts. */
  stages: FacetOption[];
  /** Fields a range filter may use: metric ids, then numeric attributes (`attr:<name>`, labelled by name). */
  rangeFields: EncodingOption[];
  /** The edge attribute holding weights (edge thickness, weighted metrics), if the graph has one. */
  weightAttribute: string | undefined;
  /** Numeric edge attributes: the choices of weights (the graph's own weight among them). */
  numericEdgeAttributes: string[];
}

/** The metrics a range filter offers: in- and out-degree only with directed edges, weighted degree with weights. */
function rangeMetrics(graph: Graph, weighted: boolean): string[] {
  return [
    'degree',
    ...(graph.directedSize > 0 ? ['inDegree', 'outDegree'] : []),
    ...(weighted ? ['weightedDegree'] : []),
    'betweenness',
    'pagerank',
  ];
}

/** Attributes that are never offered as facets (they have their own controls, or name nodes). */
const NOT_FACETS = new Set([
  'kind',
  'label',
  'labelZh',
  'description',
  'note',
  'x',
  'y',
  'size',
  'color',
  // The YRD model's flags (shown in Details), not categories to filter by.
  'labelZhReconstructed',
  'inferred',
]);

function provinceGroup(graph: Graph): FacetGroupDefinition | null {
  const options: FacetOption[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'province') return;
    const option: FacetOption = {
      value: node,
      label: attributes.label ?? node,
      count: provinceScope(graph, node).length,
    };
    if (typeof attributes.labelZh === 'string') option.labelZh = attributes.labelZh;
    options.push(option);
  });
  if (options.length === 0) return null;
  return {
    facet: PROVINCE_FACET,
    label: PROVINCE_FACET,
    options: options.sort((a, b) => a.label.localeCompare(b.label)),
    // The URL's readable form: `provinces=zhejiang,anhui`.
    param: 'provinces',
    valuePrefix: 'province/',
  };
}

function attributeGroups(summaries: readonly AttributeSummary[]): FacetGroup[] {
  return summaries
    .filter((summary) => summary.type === 'categorical' && !NOT_FACETS.has(summary.name) && summary.values)
    .map((summary) => ({
      facet: summary.name,
      label: summary.name,
      options: summary.values!.map(({ value, count }) => ({
        value: String(value),
        label: String(value),
        count,
      })),
    }));
}

export function makeFacets(graph: Graph): Facets {
  const kindCounts = new Map<string, number>();
  graph.forEachNode((_node, attributes) => {
    kindCounts.set(attributes.kind, (kindCounts.get(attributes.kind) ?? 0) + 1);
  });
  // Relations, stages, weights and edge facets: one pass over the edges.
  const edges = summarizeEdges(graph);
  const { relationCounts, weightAttribute } = edges;
  const province = provinceGroup(graph);
  const summaries = summarizeAttributes(graph);
  const option = (summary: AttributeSummary) => ({
    id: `${ATTRIBUTE_PREFIX}${summary.name}`,
    label: summary.name,
  });
  const numericAttributes = summaries
    .filter((s) => s.type === 'numeric' && !['x', 'y'].includes(s.name))
    .map(option);
  const numericEdgeAttributes = edges.candidates
    .filter(
      (summary) =>
        summary.name !== 'relation' &&
        summary.type === 'numeric' &&
        summary.min !== undefined &&
        summary.min >= 0,
    )
    .map((summary) => summary.name);
  const weighted = numericEdgeAttributes.length > 0;
  return {
    groups: [...(province ? [province] : []), ...attributeGroups(summaries)],
    edgeFacets: findEdgeFacets(graph, edges.candidates).map(({ attribute, values }) => ({
      facet: attribute,
      label: attribute,
      options: values.map(({ value, count }) => ({ value: String(value), label: String(value), count })),
    })),
    stages: edges.stages.map(({ stage, count }) => ({ value: stage, label: stage, count })),
    rangeFields: [...rangeMetrics(graph, weighted).map((id) => ({ id, label: id })), ...numericAttributes],
    weightAttribute,
    numericEdgeAttributes,
    numericAttributes,
    categoricalAttributes: summaries
      .filter((s) => s.type === 'categorical' && !NOT_FACETS.has(s.name))
      .map(option),
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
    ...facets,
    groups: facets.groups.map((group) =>
      group.facet === PROVINCE_FACET
        ? {
            ...group,
            label: i18n.t.province,
            options: group.options.map((o) => ({ ...o, label: i18n.name(o) })),
          }
        : group,
    ),
    kinds: facets.kinds.map((option) => ({ ...option, label: i18n.kindPlural(option.value) })),
    relations: facets.relations.map((option) => ({ ...option, label: i18n.relationLabel(option.value) })),
  };
}
