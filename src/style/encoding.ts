// Node encodings chosen in state ("Size by", "Colour by") turned into size and colour functions, with a legend.
import type Graph from 'graphology';
import { computeDegree } from '../model/metrics/degree';
import { makeCategoricalColors } from '../model/metrics/categoricalColors';
import { makeSizeScale, sizeRangeFor } from '../model/metrics/sizeScale';
import { isMetricId, type MetricId, type MetricResults, type NodeValues } from '../model/metrics/types';
import { KIND_INFO, NODE_KINDS, isNodeKind } from '../model/ontology';
import { kindColor } from './appearance';

export const ATTRIBUTE_PREFIX = 'attr:';

export interface LegendEntry {
  /** The category: a node kind, a community id or an attribute value. */
  value: string;
  label: string;
  color: string;
  count: number;
}

export interface NodeEncoding {
  sizeOf(node: string): number;
  colourOf(node: string): string;
  /** What the colours mean, for the legend. */
  colourLegend: LegendEntry[];
  colourTitle: string;
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
      label: isNodeKind(kind) ? KIND_INFO[kind].plural : kind,
      // Nodes without a known kind keep their file's colours when all have one: no single swatch fits them.
      color: !isNodeKind(kind) && ownColours === count ? '' : kindColor(kind),
      count,
    }));
}

export function makeNodeEncoding(
  graph: Graph,
  choice: { sizeBy: string; colourBy: string },
  metrics: MetricResults,
): NodeEncoding {
  const sizeOf = makeSizeScale(sizeValues(graph, choice.sizeBy, metrics), sizeRangeFor(graph.order));
  // Nodes without a known kind (foreign graphs) keep the colour their file gave them, if any.
  const byKind = (node: string) => {
    const attributes = graph.getNodeAttributes(node);
    if (!isNodeKind(attributes.kind) && typeof attributes.color === 'string') return attributes.color;
    return kindColor(attributes.kind);
  };
  let categories: Record<string, number | string> | null = null;
  let colourTitle = 'Kind';
  if (choice.colourBy === 'louvain' && metrics.louvain) {
    categories = metrics.louvain;
    colourTitle = 'Louvain community';
  } else if (choice.colourBy.startsWith(ATTRIBUTE_PREFIX)) {
    const name = choice.colourBy.slice(ATTRIBUTE_PREFIX.length);
    categories = attributeValues(graph, name, false);
    colourTitle = name;
  }
  if (!categories) return { sizeOf, colourOf: byKind, colourLegend: kindLegend(graph), colourTitle };
  const colours = makeCategoricalColors(categories as Record<string, string>);
  const prefix = choice.colourBy === 'louvain' ? 'Community ' : '';
  return {
    sizeOf,
    colourOf: colours,
    colourTitle,
    colourLegend: colours.legend.map((entry) => ({
      value: entry.category,
      label: entry.category === 'other' ? 'Other' : `${prefix}${entry.category}`,
      color: entry.color,
      count: entry.count,
    })),
  };
}
