// Table rows of the Metrics panel (one per node: label, kind and every metric) and their sort order.
import type Graph from 'graphology';
import type { MetricResults } from './types';

export interface MetricsRow {
  key: string;
  label: string;
  kind: string;
  degree: number | null;
  inDegree: number | null;
  outDegree: number | null;
  betweenness: number | null;
  pagerank: number | null;
  /** Louvain community id, or null when not computed. */
  community: number | null;
}

export type MetricsColumn = Exclude<keyof MetricsRow, 'key'>;

export type SortDirection = 'ascending' | 'descending';

export interface MetricsSort {
  column: MetricsColumn;
  direction: SortDirection;
}

export const DEFAULT_METRICS_SORT: MetricsSort = { column: 'degree', direction: 'descending' };

/** One row per node in graph order; a metric missing from `results` is null. */
export function makeMetricsRows(graph: Graph, results: MetricResults): MetricsRow[] {
  const read = (values: Record<string, number> | undefined, node: string) => values?.[node] ?? null;
  return graph.mapNodes((key, attributes) => ({
    key,
    label: typeof attributes.label === 'string' && attributes.label ? attributes.label : key,
    kind: typeof attributes.kind === 'string' ? attributes.kind : 'unknown',
    degree: read(results.degree, key),
    inDegree: read(results.inDegree, key),
    outDegree: read(results.outDegree, key),
    betweenness: read(results.betweenness, key),
    pagerank: read(results.pagerank, key),
    community: read(results.louvain, key),
  }));
}

function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

/** A sorted copy: by the column in the direction, nulls last, ties by label then key (always ascending). */
export function sortMetricsRows(rows: readonly MetricsRow[], sort: MetricsSort): MetricsRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    const primary = x === null || y === null ? compareValues(x, y) : sign * compareValues(x, y);
    return primary || compareValues(a.label, b.label) || compareValues(a.key, b.key);
  });
}
