// Summaries of node or edge attributes for facets and encodings: categorical (value counts), numeric (min/max), list or text.
import type Graph from 'graphology';

export type AttributeType = 'categorical' | 'numeric' | 'text' | 'list';

export interface CategoryCount {
  value: string | boolean;
  count: number;
}

export interface AttributeSummary {
  name: string;
  type: AttributeType;
  /** Nodes (or edges) that have a value (not undefined, null or ''). */
  count: number;
  /** Categorical only: each distinct value with its node (or edge) count, most frequent first, then by value. */
  values?: CategoryCount[];
  /** Numeric only. */
  min?: number;
  max?: number;
}

export interface SummarizeOptions {
  maxCategories?: number;
  /** Attributes to leave out (drawing attributes by default). */
  skip?: readonly string[];
}

export const DEFAULT_MAX_CATEGORIES = 24;
export const DEFAULT_SKIPPED_ATTRIBUTES: readonly string[] = ['x', 'y', 'size', 'color', 'label'];
/**
 * Edge attributes that are not facets nor weights: drawing attributes, the numbering of parallel edges, and
 * `relation`, which has its own filter. An edge `label` is kept: in many files it names the edge's type.
 */
export const DEFAULT_SKIPPED_EDGE_ATTRIBUTES: readonly string[] = [
  'size',
  'color',
  'thickness',
  'relation',
  'evidence',
  'parallelIndex',
  'parallelMinIndex',
  'parallelMaxIndex',
  'curvature',
  'zIndex',
  'hidden',
];

interface Tally {
  count: number;
  /** String values, and the count of each distinct one up to one more than can be categories. */
  stringCount: number;
  strings: Map<string, number>;
  booleans: Map<boolean, number>;
  numbers: number;
  lists: number;
  min: number;
  max: number;
}

const newTally = (): Tally => ({
  count: 0,
  stringCount: 0,
  strings: new Map(),
  booleans: new Map(),
  numbers: 0,
  lists: 0,
  min: Infinity,
  max: -Infinity,
});

function add(tally: Tally, value: unknown, maxCategories: number) {
  tally.count++;
  if (typeof value === 'string') {
    tally.stringCount++;
    // Past maxCategories distinct values the attribute is text: the counts no longer matter (and a label-like
    // attribute would otherwise keep a count for each of 50,000 values).
    const seen = tally.strings.get(value);
    if (seen !== undefined) tally.strings.set(value, seen + 1);
    else if (tally.strings.size <= maxCategories) tally.strings.set(value, 1);
  } else if (typeof value === 'boolean') tally.booleans.set(value, (tally.booleans.get(value) ?? 0) + 1);
  else if (typeof value === 'number' && Number.isFinite(value)) {
    tally.numbers++;
    tally.min = Math.min(tally.min, value);
    tally.max = Math.max(tally.max, value);
  } else if (Array.isArray(value)) tally.lists++;
}

function sortedCounts<V extends string | boolean>(counts: Map<V, number>): CategoryCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
}

function summarize(
  name: string,
  tally: Tally,
  elementCount: number,
  maxCategories: number,
): AttributeSummary {
  const base = { name, count: tally.count };
  if (tally.numbers === tally.count) return { ...base, type: 'numeric', min: tally.min, max: tally.max };
  if (tally.lists === tally.count) return { ...base, type: 'list' };
  const booleans = [...tally.booleans.values()].reduce((sum, n) => sum + n, 0);
  if (booleans === tally.count) return { ...base, type: 'categorical', values: sortedCounts(tally.booleans) };
  const strings = tally.stringCount;
  const distinct = tally.strings.size;
  // Categorical: only strings, 2..maxCategories distinct values that repeat, on at least half the nodes (edges).
  const categorical =
    strings === tally.count &&
    distinct >= 2 &&
    distinct <= maxCategories &&
    distinct < tally.count &&
    tally.count * 2 >= elementCount;
  if (categorical) return { ...base, type: 'categorical', values: sortedCounts(tally.strings) };
  return { ...base, type: 'text' };
}

/** Tallies attribute values record by record (so that one pass over the edges can feed it and other counts). */
export interface AttributeTallies {
  add(attributes: Record<string, unknown>): void;
  /** The summaries, in first-seen order; `elementCount`: how many records there were in all. */
  finish(elementCount: number): AttributeSummary[];
}

export function createAttributeTallies(
  options: SummarizeOptions,
  defaultSkip: readonly string[],
): AttributeTallies {
  const maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
  const skip = new Set(options.skip ?? defaultSkip);
  const tallies = new Map<string, Tally>();
  return {
    add(attributes) {
      for (const name in attributes) {
        const value = attributes[name];
        if (value === undefined || value === null || value === '' || skip.has(name)) continue;
        let tally = tallies.get(name);
        if (!tally) tallies.set(name, (tally = newTally()));
        add(tally, value, maxCategories);
      }
    },
    finish: (elementCount) =>
      [...tallies].map(([name, tally]) => summarize(name, tally, elementCount, maxCategories)),
  };
}

/** One summary per node attribute name (first-seen order), skipping drawing attributes (x, y, size, color, label). */
export function summarizeAttributes(graph: Graph, options: SummarizeOptions = {}): AttributeSummary[] {
  const tallies = createAttributeTallies(options, DEFAULT_SKIPPED_ATTRIBUTES);
  graph.forEachNode((_key, attributes) => tallies.add(attributes));
  return tallies.finish(graph.order);
}

/**
 * One summary per edge attribute name (first-seen order): categorical ones are edge facets (like the relation
 * filter), numeric ones (e.g. `weight`) can set edge thickness or weight the metrics. Skips
 * DEFAULT_SKIPPED_EDGE_ATTRIBUTES.
 */
export function summarizeEdgeAttributes(graph: Graph, options: SummarizeOptions = {}): AttributeSummary[] {
  const tallies = createAttributeTallies(options, DEFAULT_SKIPPED_EDGE_ATTRIBUTES);
  graph.forEachEdge((_key, attributes) => tallies.add(attributes));
  return tallies.finish(graph.size);
}
