// Unit tests of the province filter rule.
import { describe, expect, it } from 'vitest';
import type { FacetMode } from '../../../src/model/filters/types';
import { computeVisibility } from '../../../src/model/filters/visibility';
import { provinceScope } from '../../../src/model/provinceScope';
import { makeTinyGraph } from '../helpers/tinyGraph';

/** The nodes the facet filters leave visible (null: every node), as the app computes them. */
function filterByFacets(
  graph: ReturnType<typeof makeTinyGraph>,
  selections: { facet: string; values: string[] }[],
  mode: FacetMode,
): Set<string> | null {
  return computeVisibility(
    graph,
    selections.map(({ facet, values }) => ({ type: 'facet' as const, facet, values, mode })),
  ).nodes;
}

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

describe('filterByFacets with the province facet', () => {
  const graph = makeTinyGraph();

  it('is no filter without provinces', () => {
    expect(filterByFacets(graph, [], 'any')).toBeNull();
  });

  it('takes the union in "any" mode', () => {
    const visible = filterByFacets(
      graph,
      [{ facet: 'province', values: ['province/zhejiang', 'province/anhui'] }],
      'any',
    )!;
    expect(visible.has('leader/liu-jie') && visible.has('program/ai-plus')).toBe(true);
    expect(visible.size).toBe(graph.order);
  });

  it('keeps only what is shared, plus the provinces, in "all" mode', () => {
    const visible = filterByFacets(
      graph,
      [{ facet: 'province', values: ['province/zhejiang', 'province/anhui'] }],
      'all',
    )!;
    expect([...visible].sort()).toEqual([
      'event/symposium',
      'province/anhui',
      'province/zhejiang',
      'region/yrd',
      'theme/innovation',
    ]);
  });
});

describe('filterByFacets with attribute facets', () => {
  it('shows the nodes with a chosen value, unions values in "any" and intersects facets', () => {
    const graph = makeTinyGraph();
    graph.mergeNodeAttributes('theme/innovation', { group: 'a', tier: '1' });
    graph.mergeNodeAttributes('program/ai-plus', { group: 'b', tier: '1' });
    graph.mergeNodeAttributes('theme/common-prosperity', { group: 'a', tier: '2' });
    const pick = (values: string[]) => [{ facet: 'group', values }];
    expect([...filterByFacets(graph, pick(['a']), 'any')!].sort()).toEqual([
      'theme/common-prosperity',
      'theme/innovation',
    ]);
    expect(filterByFacets(graph, pick(['a', 'b']), 'any')!.size).toBe(3);
    expect(filterByFacets(graph, pick(['a', 'b']), 'all')!.size).toBe(0);
    const both = filterByFacets(graph, [...pick(['a']), { facet: 'tier', values: ['1'] }], 'any')!;
    expect([...both]).toEqual(['theme/innovation']);
  });

  it('combines the province facet with an attribute facet', () => {
    const graph = makeTinyGraph();
    graph.mergeNodeAttributes('theme/innovation', { group: 'a' });
    graph.mergeNodeAttributes('program/ai-plus', { group: 'a' });
    const visible = filterByFacets(
      graph,
      [
        { facet: 'province', values: ['province/zhejiang'] },
        { facet: 'group', values: ['a'] },
      ],
      'any',
    )!;
    expect([...visible]).toEqual(['theme/innovation']);
  });

  it('never reads inherited properties as attribute values', () => {
    const graph = makeTinyGraph();
    expect(filterByFacets(graph, [{ facet: 'constructor', values: ['[object Object]'] }], 'any')!.size).toBe(
      0,
    );
  });
});
