// Pure pieces of the explorer's view model (no React): what the dataset offers, what to compute, what to show.
import type Graph from 'graphology';
import type { Settings as SigmaSettings } from 'sigma/settings';
import type { SearchIndex } from '../../data/searchIndex';
import { chooseDefaultColouring } from '../../model/defaultColouring';
import { describeEdge, type EdgeDescription, type NodeDescription } from '../../model/describe';
import { PROVINCE_FACET } from '../../model/facets';
import type { Positions } from '../../model/groupByKindLayout';
import { findCommunityCentres, type CommunityCentres } from '../../model/metrics/communityCentres';
import { makeMetricsRows, type MetricsRow } from '../../model/metrics/rows';
import { isMetricId, METRIC_IDS, type MetricId, type MetricResults } from '../../model/metrics/types';
import type { FilterEntry } from '../../model/filters/types';
import { filtersOf } from '../../state/filterList';
import type { MetricsStatus } from '../../state/metricsStatus';
import { PANELS, type PanelName, type ViewContext, type ViewState } from '../../state/types';
import { metricsNeeded } from '../../style/encoding';
import { ATTRIBUTE_PREFIX } from '../../style/encoding';
import { COLOUR_BY_BUILT_IN, SIZE_BY_BUILT_IN } from '../../style/encodingOptions';
import type { Settings } from '../../style/settings';
import type { GetEvidence } from '../../ui/compare/types';
import type { I18n } from '../../ui/i18n/makeI18n';
import type { Messages } from '../../ui/i18n/messages';
import type { Facets } from './facets';

/** Compare needs a province facet with at least two provinces. */
export function canCompareProvinces(facets: Facets): boolean {
  return facets.groups.some((group) => group.facet === PROVINCE_FACET && group.options.length >= 2);
}

/** The panels a dataset offers, in tab order: Source only with a source text, Compare only with provinces. */
export function makeAvailablePanels(hasSource: boolean, canCompare: boolean): PanelName[] {
  return PANELS.filter((panel) => (panel !== 'source' || hasSource) && (panel !== 'compare' || canCompare));
}

/**
 * The "Colour by" a graph opens with when it is not kind: its best categorical attribute, for a graph with neither
 * YRD kinds nor colours of its own (null otherwise, or when the attribute is not offered in "Colour by").
 */
export function makeAutoColourBy(graph: Graph, facets: Facets): string | null {
  const choice = chooseDefaultColouring(graph);
  if (choice.by !== 'attribute') return null;
  const id = `${ATTRIBUTE_PREFIX}${choice.attribute}`;
  return facets.categoricalAttributes.some((option) => option.id === id) ? id : null;
}

/** What the URL decoder checks decoded values against. */
export function makeViewContext(
  graph: Graph,
  facets: Facets,
  source: { paragraphs: readonly string[] } | null,
  autoColourBy: string | null = null,
): ViewContext {
  return {
    hasNode: (key) => graph.hasNode(key),
    hasEdge: (key) => graph.hasEdge(key),
    facets: facets.groups.map(({ facet, options, param, valuePrefix }) => ({
      facet,
      values: options.map((o) => o.value),
      ...(param ? { param } : {}),
      ...(valuePrefix ? { valuePrefix } : {}),
    })),
    kinds: facets.kinds.map((k) => k.value),
    relations: facets.relations.map((r) => r.value),
    stages: facets.stages.map((s) => s.value),
    edgeFacets: facets.edgeFacets.map((g) => ({ attribute: g.facet, values: g.options.map((o) => o.value) })),
    rangeFields: facets.rangeFields.map((f) => f.id),
    paragraphCount: source?.paragraphs.length ?? 0,
    sizeOptions: [
      ...SIZE_BY_BUILT_IN,
      ...(facets.numericEdgeAttributes.length ? ['weightedDegree'] : []),
      ...facets.numericAttributes.map((o) => o.id),
    ],
    colourOptions: [...COLOUR_BY_BUILT_IN, ...facets.categoricalAttributes.map((o) => o.id)],
    ...(autoColourBy ? { defaultColourBy: autoColourBy } : {}),
    panels: makeAvailablePanels(source !== null, canCompareProvinces(facets)),
  };
}

/** The metrics the range filters read (degree and its kin are counted from the graph, not computed). */
export function metricsOfRangeFilters(filters: readonly FilterEntry[]): MetricId[] {
  return filtersOf(filters, 'range')
    .map((filter) => filter.field)
    .filter(
      (field): field is MetricId => isMetricId(field) && !['degree', 'inDegree', 'outDegree'].includes(field),
    );
}

/**
 * The metrics to compute now for the chosen encodings (and the range filters' metrics, `filtered`), or null: none missing, one computing, or the last one failed
 * (never retried by itself). Small graphs get every metric at once (the table needs them all), large ones only
 * what is drawn.
 */
export function metricsToCompute(
  order: number,
  encodings: { sizeBy: string; colourBy: string; filtered?: readonly MetricId[] },
  metrics: { status: MetricsStatus; results: MetricResults },
  settings: Pick<Settings, 'computeAllMetricsUpTo'>,
): MetricId[] | null {
  if (metrics.status === 'computing' || metrics.status === 'failed') return null;
  const needed = new Set([
    ...metricsNeeded(encodings.sizeBy, encodings.colourBy),
    ...(encodings.filtered ?? []),
  ]);
  const missing = [...needed].filter((id) => !metrics.results[id]);
  if (missing.length === 0) return null;
  return order <= settings.computeAllMetricsUpTo ? [...METRIC_IDS] : missing;
}

/** The Metrics table's rows (with Chinese names) once the metrics are ready. */
export function makeMetricsTableRows(
  graph: Graph,
  results: MetricResults,
  status: MetricsStatus,
): (MetricsRow & { labelZh?: string })[] {
  if (status !== 'ready') return [];
  return makeMetricsRows(graph, results).map((row) => {
    const labelZh = graph.getNodeAttribute(row.key, 'labelZh');
    return typeof labelZh === 'string' ? { ...row, labelZh } : row;
  });
}

/** Each Louvain community's most central member (by PageRank when computed), or null before the communities are. */
export function makeCommunityCentres(graph: Graph, results: MetricResults): CommunityCentres | null {
  return results.louvain
    ? findCommunityCentres(graph, results.louvain, results.pagerank ?? results.degree)
    : null;
}

/** "Liu Jie" for a node, "Liu Jie holds office in Zhejiang" for an edge, null for nothing. */
export function makeSelectionLabel(
  node: NodeDescription | null,
  edge: EdgeDescription | null,
  i18n: I18n,
): string | null {
  if (node) return i18n.name(node);
  if (!edge) return null;
  return `${i18n.name(edge.source)} ${i18n.relationLabel(edge.relation)} ${i18n.name(edge.target)}`;
}

/** The evidence behind a set of edges, each labelled as a sentence in the interface language. */
export function makeEvidenceGetter(graph: Graph, i18n: I18n): GetEvidence {
  return (edgeKeys) =>
    edgeKeys.flatMap((key) => {
      const edge = describeEdge(graph, key);
      if (!edge) return [];
      const label = makeSelectionLabel(null, edge, i18n)!;
      const note = i18n.localized(edge.note, edge.noteZh);
      return [{ key, label, evidence: edge.evidence, ...(note ? { note } : {}) }];
    });
}

/**
 * The settings sigma starts with: the first reducers, so its first frame is already styled (later ones go through
 * setSetting). A large graph pans and zooms without its edges and labels, drawn again once the camera stops.
 */
export function makeInitialSigmaSettings(
  graph: Graph,
  reducers: Pick<SigmaSettings, 'nodeReducer' | 'edgeReducer'>,
  settings: Pick<Settings, 'lineEdgesAbove'>,
): Partial<SigmaSettings> {
  const large = graph.size > settings.lineEdgesAbove;
  return {
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
  };
}

/** The positions the graph was loaded with (the "Precomputed" layout). */
export function positionsOf(graph: Graph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, attributes) => {
    positions[node] = { x: attributes.x, y: attributes.y };
  });
  return positions;
}

/** Paragraph presets of the evidence filter for the YRD report. */
export function makeEvidencePresets(t: Messages) {
  return [
    { label: t.closingSpeeches, paragraphs: [12, 13, 14, 15] },
    { label: t.resolutions, paragraphs: [4, 5, 6, 7, 8, 9, 10] },
  ];
}

/**
 * A search over the graph's nodes whose code and index are loaded on first use (a query, or `warm` once the graph is
 * drawn): MiniSearch is not part of the page's first download. Until then a query finds nothing, and `onReady` is
 * called once the index is there (the caller then searches again).
 */
export interface LazySearch {
  search: SearchIndex['search'];
  /** Loads the search code and builds the index; resolves when both are done. */
  warm(): Promise<void>;
}

export function makeLazySearch(graph: Graph, onReady: () => void = () => undefined): LazySearch {
  let index: SearchIndex | null = null;
  let loading: Promise<void> | null = null;
  const warm = () =>
    (loading ??= import('../../data/searchIndex').then(({ makeSearchIndex }) => {
      index = makeSearchIndex(graph);
      onReady();
    }));
  return {
    search: (query, limit) => {
      if (index) return index.search(query, limit);
      void warm();
      return [];
    },
    warm,
  };
}

/**
 * Whether the explorer opens this view without moving the camera or highlighting anything, so that the frame drawn
 * before it stays: nothing selected, filtered, focused or on a path, and no camera of the URL's.
 */
export function opensUnfocused(view: ViewState): boolean {
  return (
    view.node === null &&
    view.edge === null &&
    view.filters.length === 0 &&
    view.camera === null &&
    view.focusParagraph === null &&
    view.pathFrom === null &&
    view.pathTo === null
  );
}
