// The province filter, "shared by all selected" and Details on the statement model (pledges once, one edge per office).
import { describe, expect, it } from 'vitest';
import { describeEdge, describeNode } from '../../../src/model/describe';
import { facetScope } from '../../../src/model/facets';
import { provinceCentres, provinceScope } from '../../../src/model/provinceScope';
import { makeStatementGraph } from './statementGraph';

describe('provinceScope on the statement model', () => {
  it('takes in the Party committee and the Secretary who holds office only there', () => {
    const graph = makeStatementGraph();
    expect(provinceCentres(graph, 'province/zhejiang')).toEqual([
      'province/zhejiang',
      'organization/cpc-zhejiang',
      'leader/wang-hao',
      'leader/liu-jie',
    ]);
    expect(provinceScope(graph, 'province/zhejiang')).toEqual([
      'event/symposium',
      'leader/liu-jie',
      'leader/wang-hao',
      'organization/cpc-zhejiang',
      'province/zhejiang',
      'theme/common-prosperity',
    ]);
  });

  it('brings a pledge in through the province, so "any" and "all" work as before', () => {
    const graph = makeStatementGraph();
    const selection = [{ facet: 'province', values: ['province/zhejiang', 'province/anhui'] }];
    const any = facetScope(graph, selection[0]!.facet, selection[0]!.values, 'any');
    expect(any.has('theme/common-prosperity') && any.has('theme/innovation')).toBe(true);
    expect([...facetScope(graph, selection[0]!.facet, selection[0]!.values, 'all')].sort()).toEqual([
      'event/symposium',
      'province/anhui',
      'province/zhejiang',
    ]);
  });
});

describe('Details on the statement model', () => {
  it("lists a leader's pledges as spoken statements, on behalf of the province, with their stage", () => {
    const liuJie = describeNode(makeStatementGraph(), 'leader/liu-jie')!;
    const spoken = liuJie.groups.find((group) => group.spoken);
    expect(spoken).toMatchObject({ relation: 'pledged', direction: 'out', label: 'pledged' });
    expect(spoken?.items).toEqual([
      expect.objectContaining({
        edge: 'pledged:province/zhejiang->theme/common-prosperity',
        neighbour: expect.objectContaining({ key: 'theme/common-prosperity' }),
        onBehalfOf: expect.objectContaining({ key: 'province/zhejiang' }),
        stage: 'new',
        speaker: expect.objectContaining({ key: 'leader/liu-jie' }),
      }),
    ]);
  });

  it('exposes stage, speaker and inferred on an edge, and role, paragraph and flags on a node', () => {
    const graph = makeStatementGraph();
    graph.mergeEdgeAttributes('pledged:province/anhui->theme/innovation', { inferred: true, note: 'Read.' });
    expect(describeEdge(graph, 'pledged:province/anhui->theme/innovation')).toMatchObject({
      stage: 'continuing',
      inferred: true,
      speaker: { key: 'leader/wang-qingxian', label: 'Wang Qingxian' },
    });
    graph.mergeNodeAttributes('theme/innovation', {
      role: 'policy_area',
      labelZh: '创新',
      labelZhReconstructed: true,
    });
    expect(describeNode(graph, 'theme/innovation')).toMatchObject({
      role: 'policy_area',
      labelZhReconstructed: true,
    });
    expect(describeNode(graph, 'province/anhui')?.groups.some((group) => group.spoken)).toBe(false);
  });
});
