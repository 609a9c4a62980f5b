// Unit tests of the province filter rule.
import { describe, expect, it } from 'vitest';
import { filterByProvinces, provinceScope } from '../../../src/model/provinceScope';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('provinceScope', () => {
  const graph = makeTinyGraph();

  it('holds the province, its leaders, and what both link to', () => {
    expect(provinceScope(graph, 'province/zhejiang')).toEqual([
      'event/symposium',
      'leader/liu-jie',
      'province/zhejiang',
      'region/yrd',
      'theme/common-prosperity',
      'theme/innovation',
    ]);
  });

  it('does not pull in another province or its leaders', () => {
    const scope = provinceScope(graph, 'province/anhui');
    expect(scope).toContain('program/ai-plus');
    expect(scope).not.toContain('province/zhejiang');
    expect(scope).not.toContain('leader/liu-jie');
  });

  it('names the unknown province in its error', () => {
    expect(() => provinceScope(graph, 'province/hubei')).toThrow(/unknown province "province\/hubei"/);
  });
});

describe('filterByProvinces', () => {
  const graph = makeTinyGraph();

  it('is no filter without provinces', () => {
    expect(filterByProvinces(graph, [], 'any')).toBeNull();
  });

  it('takes the union in "any" mode', () => {
    const visible = filterByProvinces(graph, ['province/zhejiang', 'province/anhui'], 'any')!;
    expect(visible.has('leader/liu-jie') && visible.has('program/ai-plus')).toBe(true);
    expect(visible.size).toBe(graph.order);
  });

  it('keeps only what is shared, plus the provinces, in "all" mode', () => {
    const visible = filterByProvinces(graph, ['province/zhejiang', 'province/anhui'], 'all')!;
    expect([...visible].sort()).toEqual([
      'event/symposium',
      'province/anhui',
      'province/zhejiang',
      'region/yrd',
      'theme/innovation',
    ]);
  });
});
