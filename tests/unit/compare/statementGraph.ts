// A tiny graph in the statement model: pledges from the province with a speaker, Party posts held in the committee.
import { MultiGraph } from 'graphology';

export function makeStatementGraph(): MultiGraph {
  const graph = new MultiGraph({ type: 'directed', allowSelfLoops: false });
  const node = (key: string, kind: string, label: string) =>
    graph.addNode(key, { kind, label, aliases: [label], description: `${label} description`, x: 0, y: 0 });
  node('province/zhejiang', 'province', 'Zhejiang');
  node('province/anhui', 'province', 'Anhui');
  node('organization/cpc-zhejiang', 'organization', 'CPC Zhejiang Committee');
  node('leader/wang-hao', 'leader', 'Wang Hao');
  node('leader/liu-jie', 'leader', 'Liu Jie');
  node('leader/wang-qingxian', 'leader', 'Wang Qingxian');
  node('theme/common-prosperity', 'theme', 'Common prosperity');
  node('theme/innovation', 'theme', 'Innovation');
  node('event/symposium', 'event', 'Symposium');
  const edge = (source: string, relation: string, target: string, quote: string, extra = {}) =>
    graph.addEdgeWithKey(`${relation}:${source}->${target}`, source, target, {
      relation,
      evidence: [{ paragraph: 1, quote }],
      ...extra,
    });
  edge(
    'organization/cpc-zhejiang',
    'party_committee_of',
    'province/zhejiang',
    'Zhejiang Provincial Party Committee',
  );
  edge(
    'leader/wang-hao',
    'holds_office',
    'organization/cpc-zhejiang',
    'Wang Hao, Secretary of the committee',
  );
  edge('leader/liu-jie', 'holds_office', 'province/zhejiang', 'Liu Jie, Governor of Zhejiang');
  edge('leader/liu-jie', 'spoke_for', 'province/zhejiang', 'Liu Jie spoke for Zhejiang');
  edge('leader/wang-qingxian', 'holds_office', 'province/anhui', 'Wang Qingxian, Governor of Anhui');
  edge('leader/wang-qingxian', 'spoke_for', 'province/anhui', 'Wang Qingxian spoke for Anhui');
  edge('leader/wang-hao', 'attended', 'event/symposium', 'Wang Hao attended');
  edge('leader/wang-qingxian', 'attended', 'event/symposium', 'Wang Qingxian attended');
  edge(
    'province/zhejiang',
    'pledged',
    'theme/common-prosperity',
    'explore the practical path of common prosperity',
    {
      stage: 'new',
      speaker: 'leader/liu-jie',
    },
  );
  edge('province/anhui', 'pledged', 'theme/innovation', 'Adhere to the science and technology', {
    stage: 'continuing',
    speaker: 'leader/wang-qingxian',
  });
  return graph;
}
