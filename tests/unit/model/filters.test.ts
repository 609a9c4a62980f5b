// Unit tests of filter visibility: the filter list (provinces, kinds, relations, ego network) applied together.
import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../../src/model/filters/visibility';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('computeVisibility', () => {
  const graph = makeTinyGraph();

  it('shows everything by default', () => {
    const v = computeVisibility(graph, []);
    expect([v.nodeCount, v.edgeCount, v.nodes]).toEqual([graph.order, graph.size, null]);
  });

  it('hides kinds and the edges that touch them', () => {
    const v = computeVisibility(graph, [{ type: 'hiddenKinds', kinds: ['theme'] }]);
    expect(v.nodeCount).toBe(graph.order - 2);
    expect(v.isEdgeVisible('pledged:leader/liu-jie->theme/common-prosperity')).toBe(false);
    expect(v.edgeCount).toBe(graph.size - 3);
  });

  it('hides relations but keeps their nodes', () => {
    const v = computeVisibility(graph, [{ type: 'hiddenRelations', relations: ['attended'] }]);
    expect(v.nodeCount).toBe(graph.order);
    expect(v.edgeCount).toBe(graph.size - 2);
  });

  it('combines a province with a kind filter', () => {
    const v = computeVisibility(graph, [
      { type: 'facet', facet: 'province', values: ['province/anhui'], mode: 'any' },
      { type: 'hiddenKinds', kinds: ['event'] },
    ]);
    expect(v.isNodeVisible('program/ai-plus')).toBe(true);
    expect(v.isNodeVisible('event/symposium')).toBe(false);
    expect(v.isNodeVisible('leader/liu-jie')).toBe(false);
  });
});

describe('ego network filter', () => {
  it('keeps only nodes within the depth of the centre, ignoring direction', () => {
    const graph = makeTinyGraph();
    const centre = { selectedNode: 'province/anhui' };
    const one = computeVisibility(graph, [{ type: 'ego', depth: 1 }], centre);
    expect([...one.nodes!].sort()).toEqual(['leader/wang-qingxian', 'province/anhui', 'region/yrd']);
    const two = computeVisibility(graph, [{ type: 'ego', depth: 2 }], centre);
    expect(two.isNodeVisible('province/zhejiang')).toBe(true);
    expect(two.isNodeVisible('program/ai-plus')).toBe(true);
    expect(two.isNodeVisible('leader/liu-jie')).toBe(false);
  });

  it('filters nothing while no node is selected, or an unknown one', () => {
    const graph = makeTinyGraph();
    expect(computeVisibility(graph, [{ type: 'ego', depth: 1 }]).nodes).toBeNull();
    expect(
      computeVisibility(graph, [{ type: 'ego', depth: 1 }], { selectedNode: 'nobody' }).nodes,
    ).toBeNull();
  });
});

describe('the filter list', () => {
  it('treats entries that choose nothing as no filter', () => {
    const graph = makeTinyGraph();
    const v = computeVisibility(graph, [
      { type: 'facet', facet: 'province', values: [], mode: 'all' },
      { type: 'hiddenKinds', kinds: [] },
      { type: 'evidence', paragraphs: [] },
    ]);
    expect([v.nodes, v.edgeCount]).toEqual([null, graph.size]);
  });

  it('narrows by every entry at once: a facet, a hidden relation and the evidence', () => {
    const graph = makeTinyGraph();
    const v = computeVisibility(graph, [
      { type: 'facet', facet: 'province', values: ['province/zhejiang'], mode: 'any' },
      { type: 'hiddenRelations', relations: ['holds_office'] },
      { type: 'evidence', paragraphs: [14, 15] },
    ]);
    for (const edge of graph.edges()) {
      const [source, target] = graph.extremities(edge);
      const expected =
        v.isNodeVisible(source) &&
        v.isNodeVisible(target) &&
        graph.getEdgeAttribute(edge, 'relation') !== 'holds_office' &&
        graph
          .getEdgeAttribute(edge, 'evidence')
          .some((e: { paragraph: number }) => e.paragraph === 14 || e.paragraph === 15);
      expect(v.isEdgeVisible(edge), edge).toBe(expected);
    }
    expect(v.edgeCount).toBe(graph.edges().filter((edge) => v.isEdgeVisible(edge)).length);
    expect(v.isNodeVisible('province/anhui')).toBe(false);
  });
});
