// Unit tests of the Metrics panel's rows: one per node with labels and metrics, sorted with nulls last.
import { describe, expect, it } from 'vitest';
import { computeAllMetrics } from '../../../src/model/metrics/registry';
import { makeMetricsRows, sortMetricsRows, type MetricsRow } from '../../../src/model/metrics/rows';
import { makeTinyGraph } from '../helpers/tinyGraph';

const row = (key: string, label: string, degree: number | null): MetricsRow => ({
  key,
  label,
  kind: 'theme',
  degree,
  inDegree: null,
  outDegree: null,
  betweenness: null,
  pagerank: null,
  community: null,
});

describe('makeMetricsRows', () => {
  it('makes one row per node with its label, kind and metrics', () => {
    const graph = makeTinyGraph();
    const rows = makeMetricsRows(graph, computeAllMetrics(graph));
    expect(rows).toHaveLength(graph.order);
    const liu = rows.find((r) => r.key === 'leader/liu-jie');
    expect(liu).toMatchObject({ label: 'Liu Jie', kind: 'leader', degree: 4, inDegree: 0, outDegree: 4 });
    expect(liu?.community).toEqual(expect.any(Number));
  });

  it('leaves metrics that were not computed null', () => {
    const rows = makeMetricsRows(makeTinyGraph(), {});
    expect(rows[0]).toMatchObject({ degree: null, pagerank: null, community: null });
  });
});

describe('sortMetricsRows', () => {
  const rows = [row('a', 'Alpha', 2), row('b', 'beta', null), row('c', 'Gamma', 5), row('d', 'Delta', 2)];

  it('sorts by a numeric column either way, nulls last, ties by label', () => {
    expect(sortMetricsRows(rows, { column: 'degree', direction: 'descending' }).map((r) => r.key)).toEqual([
      'c',
      'a',
      'd',
      'b',
    ]);
    expect(sortMetricsRows(rows, { column: 'degree', direction: 'ascending' }).map((r) => r.key)).toEqual([
      'a',
      'd',
      'c',
      'b',
    ]);
  });

  it('sorts labels case-insensitively without mutating its input', () => {
    const sorted = sortMetricsRows(rows, { column: 'label', direction: 'ascending' });
    expect(sorted.map((r) => r.label)).toEqual(['Alpha', 'beta', 'Delta', 'Gamma']);
    expect(rows[0]?.key).toBe('a');
  });
});
