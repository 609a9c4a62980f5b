// Node encodings chosen in state ("Size by", "Colour by") turned into size and colour functions, with a legend.
import type Graph from 'graphology';
import { computeDegree } from '../model/metrics/degree';
import { isMetricId, type MetricId, type MetricResults, type NodeValues } from '../model/metrics/types';
import { NODE_KINDS, isNodeKind } from '../model/ontology';
import { kindColor } from './appearance';
import { makeCategoricalColors, OTHER_CATEGORY } from './categoricalColors';
import { OTHER_CATEGORY_COLOR } from './palette';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { makeSizeScale, sizeRangeFor } from './sizeScale';

export const ATTRIBUTE_PREFIX = 'attr:';

/** One colour of the legend, as data: the UI names it in the interface language. */
export interface LegendEntry {
  /** The category: a node kind (NO_KIND for none), a community id or an attribute value. */
  value: string;
  /** '' when the nodes keep their file's own colours (no single swatch fits them). */
  color: string;
  count: number;
  /** The grey remainder of the categories beyond the palette. */
  other?: true;
}

export interface NodeEncoding {
  sizeOf(node: string): number;
  colourOf(node: string): string;
  /** What the colours encode now: "kind", "louvain" or "attr:<name>" (kind until the communities are computed). */
  colourBy: string;
  /** What the colours mean, for the legend. */
  colourLegend: LegendEntry[];
}

/** Which metrics an encoding needs computed before it can be drawn (degree is always at hand). */
export function metricsNeeded(sizeBy: string, colourBy: string): MetricId[] {
  const needed = new Set<MetricId>();
  if (isMetricId(sizeBy) && sizeBy !== 'degree') needed.add(sizeBy);
  if (colourBy === 'louvain') needed.add('louvain');
  return [...needed];
}

function attributeValues(graph: Graph, name: string, numeric: boolean): Record<string, number | string> {
  const values: Record<string, number | string> = {};
  graph.forEachNode((node, attributes) => {
    const value = attributes[name];
    if (
      numeric
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'string' && value !== ''
    ) {
      values[node] = value;
    }
  });
  return values;
}

function sizeValues(graph: Graph, sizeBy: string, metrics: MetricResults): NodeValues {
  if (sizeBy.startsWith(ATTRIBUTE_PREFIX)) {
    return attributeValues(graph, sizeBy.slice(ATTRIBUTE_PREFIX.length), true) as NodeValues;
  }
  if (isMetricId(sizeBy) && sizeBy !== 'degree' && metrics[sizeBy]) return metrics[sizeBy]!;
  return computeDegree(graph);
}

/** The legend entry value of nodes without a kind (foreign graphs): labelled by the UI, e.g. "No kind". */
export const NO_KIND = '';

function kindLegend(graph: Graph): LegendEntry[] {
  const counts = new Map<string, number>();
  let ownColours = 0;
  graph.forEachNode((_node, attributes) => {
    const kind = typeof attributes.kind === 'string' ? attributes.kind : NO_KIND;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (!isNodeKind(kind) && typeof attributes.color === 'string') ownColours++;
  });
  const rank = (kind: string) => (isNodeKind(kind) ? NODE_KINDS.indexOf(kind) : NODE_KINDS.length);
  return [...counts.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([kind, count]) => ({
      value: kind,
      // Nodes without a known kind keep their file's colours when all have one: no single swatch fits them.
      color: !isNodeKind(kind) && ownColours === count ? '' : kindColor(kind),
      count,
    }));
}

export function makeNodeEncoding(
  graph: Graph,
  choice: { sizeBy: string; colourBy: string },
  metrics: MetricResults,
  settings: Settings = DEFAULT_SETTINGS,
): NodeEncoding {
  const sizeOf = makeSizeScale(
    sizeValues(graph, choice.sizeBy, metrics),
    sizeRangeFor(graph.order, settings),
  );
  // Nodes without a known kind (foreign graphs) keep the colour their file gave them, if any.
  const byKind = (node: string) => {
    const attributes = graph.getNodeAttributes(node);
    if (!isNodeKind(attributes.kind) && typeof attributes.color === 'string') return attributes.color;
    return kindColor(attributes.kind);
  };
  let categories: Record<string, number | string> | null = null;
  if (choice.colourBy === 'louvain' && metrics.louvain) categories = metrics.louvain;
  else if (choice.colourBy.startsWith(ATTRIBUTE_PREFIX)) {
    categories = attributeValues(graph, choice.colourBy.slice(ATTRIBUTE_PREFIX.length), false);
  }
  if (!categories) return { sizeOf, colourOf: byKind, colourBy: 'kind', colourLegend: kindLegend(graph) };
  const colours = makeCategoricalColors(categories as Record<string, string>);
  return {
    sizeOf,
    colourOf: colours,
    colourBy: choice.colourBy,
    colourLegend: colours.legend.map(({ category, color, count }) =>
      category === OTHER_CATEGORY && color === OTHER_CATEGORY_COLOR
        ? { value: category, color, count, other: true }
        : { value: category, color, count },
    ),
  };
}
