// Unit tests of filter visibility: provinces, kinds and relations together.
import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../../src/model/visibility';
import { makeTinyGraph } from '../helpers/tinyGraph';

const none = { facets: [], facetMode: 'any' as const, hiddenKinds: [], hiddenRelations: [] };

describe('computeVisibility', () => {
  const graph = makeTinyGraph();

  it('shows everything by default', () => {
    const v = computeVisibility(graph, none);
    expect([v.nodeCount, v.edgeCount, v.nodes]).toEqual([graph.order, graph.size, null]);
  });

  it('hides kinds and the edges that touch them', () => {
    const v = computeVisibility(graph, { ...none, hiddenKinds: ['theme'] });
    expect(v.nodeCount).toBe(graph.order - 2);
    expect(v.isEdgeVisible('pledged:leader/liu-jie->theme/common-prosperity')).toBe(false);
    expect(v.edgeCount).toBe(graph.size - 3);
  });

  it('hides relations but keeps their nodes', () => {
    const v = computeVisibility(graph, { ...none, hiddenRelations: ['attended'] });
    expect(v.nodeCount).toBe(graph.order);
    expect(v.edgeCount).toBe(graph.size - 2);
  });

  it('combines a province with a kind filter', () => {
    const v = computeVisibility(graph, {
      ...none,
      facets: [{ facet: 'province', values: ['province/anhui'] }],
      hiddenKinds: ['event'],
    });
    expect(v.isNodeVisible('program/ai-plus')).toBe(true);
    expect(v.isNodeVisible('event/symposium')).toBe(false);
    expect(v.isNodeVisible('leader/liu-jie')).toBe(false);
  });
});

describe('ego network filter', () => {
  it('keeps only nodes within the depth of the centre, ignoring direction', () => {
    const graph = makeTinyGraph();
    const one = computeVisibility(graph, { ...none, ego: { node: 'province/anhui', depth: 1 } });
    expect([...one.nodes!].sort()).toEqual(['leader/wang-qingxian', 'province/anhui', 'region/yrd']);
    const two = computeVisibility(graph, { ...none, ego: { node: 'province/anhui', depth: 2 } });
    expect(two.isNodeVisible('province/zhejiang')).toBe(true);
    expect(two.isNodeVisible('program/ai-plus')).toBe(true);
    expect(two.isNodeVisible('leader/liu-jie')).toBe(false);
  });
});
