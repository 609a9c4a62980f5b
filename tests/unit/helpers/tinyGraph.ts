// A tiny YRD-like graph for unit tests: two provinces, their leaders, shared and unique programs.
import { MultiGraph } from 'graphology';

export function makeTinyGraph(): MultiGraph {
  const graph = new MultiGraph({ type: 'directed', allowSelfLoops: false });
  const node = (key: string, kind: string, label: string, extra: Record<string, unknown> = {}) =>
    graph.addNode(key, {
      kind,
      label,
      aliases: [label],
      description: `${label} description`,
      x: 0,
      y: 0,
      ...extra,
    });
  node('province/zhejiang', 'province', 'Zhejiang', { labelZh: '浙江' });
  node('province/anhui', 'province', 'Anhui', { labelZh: '安徽' });
  node('region/yrd', 'region', 'Yangtze River Delta');
  node('leader/liu-jie', 'leader', 'Liu Jie', { titles: ['Governor of Zhejiang'] });
  node('leader/wang-qingxian', 'leader', 'Wang Qingxian', { labelZh: '王清宪' });
  node('program/ai-plus', 'program', 'Artificial Intelligence Plus');
  node('theme/common-prosperity', 'theme', 'Common prosperity', { description: 'Shared wealth for all' });
  node('theme/innovation', 'theme', 'Innovation');
  node('event/symposium', 'event', 'Symposium');
  const edge = (source: string, relation: string, target: string, paragraph = 1) =>
    graph.addEdgeWithKey(`${relation}:${source}->${target}`, source, target, {
      relation,
      evidence: [{ paragraph, quote: `${source} ${relation} ${target}` }],
    });
  edge('province/zhejiang', 'member_of', 'region/yrd', 3);
  edge('province/anhui', 'member_of', 'region/yrd', 3);
  edge('leader/liu-jie', 'holds_office', 'province/zhejiang');
  edge('leader/liu-jie', 'spoke_for', 'province/zhejiang', 11);
  edge('leader/wang-qingxian', 'holds_office', 'province/anhui');
  edge('leader/liu-jie', 'pledged', 'theme/common-prosperity', 14);
  edge('province/zhejiang', 'pledged', 'theme/innovation', 14);
  edge('leader/wang-qingxian', 'pledged', 'program/ai-plus', 15);
  edge('leader/wang-qingxian', 'pledged', 'theme/innovation', 15);
  edge('leader/liu-jie', 'attended', 'event/symposium');
  edge('leader/wang-qingxian', 'attended', 'event/symposium');
  return graph;
}
