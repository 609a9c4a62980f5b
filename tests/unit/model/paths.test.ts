// Unit tests of the path finder and its explanation: direction ignored, ties, no path, same node.
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  explainPaths,
  findPaths,
  hopSentence,
  shortestNodePaths,
  type PathWords,
} from '../../../src/model/paths';
import { makeI18n } from '../../../src/ui/i18n/makeI18n';

function wordsOf(lang: 'en' | 'zh'): PathWords {
  const i18n = makeI18n(lang);
  return { ...i18n.t.pathText, name: i18n.name, relationLabel: i18n.relationLabel };
}
const en = wordsOf('en');
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('shortestNodePaths', () => {
  const graph = makeTinyGraph();

  it('ignores edge direction', () => {
    // Both provinces point at the YRD region: the path runs against the second edge.
    expect(shortestNodePaths(graph, 'province/zhejiang', 'province/anhui')).toEqual([
      ['province/zhejiang', 'region/yrd', 'province/anhui'],
    ]);
  });

  it('stops at the limit of alternatives', () => {
    expect(shortestNodePaths(graph, 'leader/liu-jie', 'leader/wang-qingxian')).toEqual([
      ['leader/liu-jie', 'event/symposium', 'leader/wang-qingxian'],
    ]);
    expect(shortestNodePaths(graph, 'province/zhejiang', 'leader/wang-qingxian', 1)).toHaveLength(1);
  });

  it('finds ties: every path of the shortest length, in a stable order', () => {
    // Liu Jie reaches Innovation through Zhejiang (his province's pledge) and through nothing shorter.
    expect(shortestNodePaths(graph, 'leader/liu-jie', 'theme/innovation')).toEqual([
      ['leader/liu-jie', 'province/zhejiang', 'theme/innovation'],
    ]);
    const tied = makeTinyGraph();
    tied.addEdgeWithKey('pledged:leader/liu-jie->program/ai-plus', 'leader/liu-jie', 'program/ai-plus', {
      relation: 'pledged',
      evidence: [{ paragraph: 14, quote: 'q' }],
    });
    expect(shortestNodePaths(tied, 'leader/liu-jie', 'leader/wang-qingxian')).toEqual([
      ['leader/liu-jie', 'event/symposium', 'leader/wang-qingxian'],
      ['leader/liu-jie', 'program/ai-plus', 'leader/wang-qingxian'],
    ]);
  });

  it('throws on unknown ends, naming them', () => {
    expect(() => shortestNodePaths(graph, 'x/none', 'province/anhui')).toThrow(/unknown node "x\/none"/);
  });
});

describe('findPaths', () => {
  it('reads each hop in path order, with the inverse label for reversed edges', () => {
    const result = findPaths(makeTinyGraph(), 'province/zhejiang', 'leader/wang-qingxian');
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    const [first, second] = result.paths[0]!.hops;
    expect(hopSentence(first!, en)).toBe('Zhejiang — pledged → Innovation');
    expect(hopSentence(second!, en)).toBe('Innovation — pledged by → Wang Qingxian');
    expect(second!.reversed).toBe(true);
    expect(first!.evidence[0]!.paragraph).toBe(14);
  });

  it('collects every edge between two nodes of a hop', () => {
    const result = findPaths(makeTinyGraph(), 'leader/liu-jie', 'province/zhejiang');
    if (result.status !== 'found') throw new Error('expected a path');
    expect(result.length).toBe(1);
    expect(result.paths[0]!.hops[0]!.edges).toEqual([
      'holds_office:leader/liu-jie->province/zhejiang',
      'spoke_for:leader/liu-jie->province/zhejiang',
    ]);
  });

  it('says so when there is no path, or when both ends are the same', () => {
    const graph = new MultiGraph();
    graph.addNode('a', { label: 'A', kind: 'theme' });
    graph.addNode('b', { label: 'B', kind: 'theme' });
    const none = findPaths(graph, 'a', 'b');
    expect(none.status).toBe('none');
    expect(explainPaths(none, en)).toBe('No path connects A and B.');
    expect(findPaths(graph, 'a', 'a').status).toBe('same');
  });

  it('explains paths as text with citations', () => {
    const text = explainPaths(
      findPaths(makeTinyGraph(), 'leader/liu-jie', 'leader/wang-qingxian'),
      en,
      'The report',
    );
    expect(text).toBe(
      [
        'Shortest path from Liu Jie to Wang Qingxian (2 hops):',
        '1. Liu Jie — attended → Symposium',
        '   “leader/liu-jie attended event/symposium” (¶1)',
        '2. Symposium — attended by → Wang Qingxian',
        '   “leader/wang-qingxian attended event/symposium” (¶1)',
        '',
        'Source: The report',
      ].join('\n'),
    );
  });

  it('numbers alternative paths in the explanation', () => {
    const graph = makeTinyGraph();
    graph.addEdgeWithKey(
      'pledged:province/zhejiang->program/ai-plus',
      'province/zhejiang',
      'program/ai-plus',
      {
        relation: 'pledged',
        evidence: [{ paragraph: 14, quote: 'q' }],
      },
    );
    const result = findPaths(graph, 'province/zhejiang', 'leader/wang-qingxian');
    if (result.status !== 'found') throw new Error('expected paths');
    expect(result.paths.map((p) => p.nodes[1])).toEqual(['program/ai-plus', 'theme/innovation']);
    expect(explainPaths(result, en)).toMatch(
      /^2 shortest paths from Zhejiang to Wang Qingxian \(2 hops\):\n\nPath 1:/,
    );
  });

  it('explains in Chinese with Chinese names and relation labels, citations unchanged', () => {
    const result = findPaths(makeTinyGraph(), 'province/anhui', 'leader/wang-qingxian');
    const text = explainPaths(result, wordsOf('zh'), '报告');
    expect(text.split('\n')[0]).toBe('从安徽到王清宪的最短路径（共 1 步）：');
    expect(text).toContain('1. 安徽 — ');
    expect(text).toContain('→ 王清宪');
    expect(text).toContain('(¶1)');
    expect(text).not.toMatch(/holds office|Shortest|Source/);
    expect(text.endsWith('来源：报告')).toBe(true);
  });
});
