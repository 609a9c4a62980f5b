// Unit tests of the metrics registry and computeAllMetrics, including on the real YRD graph.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeAllMetrics, computeMetrics, METRICS } from '../../../src/model/metrics/registry';
import { METRIC_IDS } from '../../../src/model/metrics/types';
import { makePath } from './graphs';

describe('METRICS', () => {
  it('registers the six metrics under their ids', () => {
    expect(Object.keys(METRICS).sort()).toEqual([...METRIC_IDS].sort());
    for (const id of METRIC_IDS) expect(METRICS[id].id).toBe(id);
    expect(METRICS.louvain.kind).toBe('categorical');
    expect(METRICS.pagerank.label).toBe('PageRank');
  });
});

describe('computeAllMetrics', () => {
  it('computes every metric for every node', () => {
    const results = computeAllMetrics(makePath());
    expect(Object.keys(results).sort()).toEqual([...METRIC_IDS].sort());
    expect(results.degree).toEqual({ a: 1, b: 2, c: 1 });
    expect(results.betweenness).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('computes only the requested metrics', () => {
    expect(Object.keys(computeMetrics(makePath(), ['inDegree', 'louvain']))).toEqual(['inDegree', 'louvain']);
  });

  it('runs on the real graph without touching its attributes', () => {
    const graph = Graph.from(JSON.parse(readFileSync('graph-data/yrd-2025.graph.json', 'utf8')));
    const before = graph.getNodeAttributes('province/shanghai');
    const results = computeAllMetrics(graph);
    for (const id of METRIC_IDS) expect(Object.keys(results[id])).toHaveLength(graph.order);
    const pagerankSum = Object.values(results.pagerank).reduce((a, b) => a + b, 0);
    expect(pagerankSum).toBeCloseTo(1, 6);
    expect(graph.getNodeAttributes('province/shanghai')).toEqual(before);
    expect(Object.keys(graph.getNodeAttributes('province/shanghai'))).not.toContain('pagerank');
  });
});
