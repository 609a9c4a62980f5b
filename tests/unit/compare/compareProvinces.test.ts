// Unit tests of compareProvinces: shared and unique themes, programs and regions of two province scopes.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { compareProvinces } from '../../../src/model/compare/compareProvinces';
import { makeTinyGraph } from '../helpers/tinyGraph';

const keys = (list: { key: string }[]) => list.map((item) => item.key);

describe('compareProvinces', () => {
  it('splits themes, programs and regions into shared and unique, kind by kind', () => {
    const result = compareProvinces(makeTinyGraph(), 'province/zhejiang', 'province/anhui');
    expect(keys(result.shared)).toEqual(['theme/innovation', 'region/yrd']);
    expect(keys(result.onlyA)).toEqual(['theme/common-prosperity']);
    expect(keys(result.onlyB)).toEqual(['program/ai-plus']);
    expect(result.shared[0]).toEqual({ key: 'theme/innovation', label: 'Innovation', kind: 'theme' });
  });

  it('compares other kinds on demand, leaving out the two provinces', () => {
    const result = compareProvinces(makeTinyGraph(), 'province/zhejiang', 'province/anhui', [
      'event',
      'province',
    ]);
    expect(keys(result.shared)).toEqual(['event/symposium']);
    expect(result.onlyA).toEqual([]);
    expect(result.onlyB).toEqual([]);
  });

  it('is symmetric and throws on an unknown province', () => {
    const graph = makeTinyGraph();
    const ab = compareProvinces(graph, 'province/zhejiang', 'province/anhui');
    const ba = compareProvinces(graph, 'province/anhui', 'province/zhejiang');
    expect(ba.shared).toEqual(ab.shared);
    expect(ba.onlyA).toEqual(ab.onlyB);
    expect(() => compareProvinces(graph, 'province/nowhere', 'province/anhui')).toThrow(/unknown province/);
  });

  it('finds shared themes of Shanghai and Anhui in the real graph', () => {
    const graph = Graph.from(JSON.parse(readFileSync('graph-data/yrd-2025.graph.json', 'utf8')));
    const result = compareProvinces(graph, 'province/shanghai', 'province/anhui');
    expect(result.shared.length).toBeGreaterThan(0);
    expect(keys(result.shared)).toContain('region/yangtze-river-delta');
    const all = [...result.shared, ...result.onlyA, ...result.onlyB];
    expect(new Set(all.map((n) => n.kind))).toEqual(new Set(['theme', 'program', 'region']));
  });
});
