// Unit tests of the data's Chinese texts: Details descriptions carry them, the language picks them, and in Chinese the
// YRD graph's path explanation reads in Chinese apart from the quoted (English) evidence.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeEdge, describeNode } from '../../../src/model/describe';
import { explainPaths, findPaths } from '../../../src/model/paths';
import { makeI18n } from '../../../src/ui/i18n/makeI18n';
import { loadYrdGraph } from '../export/yrdGraph';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('describe with Chinese texts', () => {
  const graph = makeTinyGraph();
  graph.mergeNodeAttributes('leader/liu-jie', {
    descriptionZh: '浙江省省长。',
    titlesZh: ['浙江省省长'],
    note: 'A note',
    noteZh: '注释',
  });
  graph.mergeEdgeAttributes('holds_office:leader/liu-jie->province/zhejiang', {
    title: 'Governor',
    titleZh: '省长',
    note: 'Edge note',
    noteZh: '关系注释',
  });

  it('carries the Chinese description, offices and note, and does not list them as other attributes', () => {
    const node = describeNode(graph, 'leader/liu-jie')!;
    expect([node.descriptionZh, node.titlesZh, node.noteZh]).toEqual([
      '浙江省省长。',
      ['浙江省省长'],
      '注释',
    ]);
    expect(node.attributes).toEqual([]);
    const office = node.groups.find((group) => group.relation === 'holds_office')!.items[0]!;
    expect([office.title, office.titleZh, office.note, office.noteZh]).toEqual([
      'Governor',
      '省长',
      'Edge note',
      '关系注释',
    ]);
  });

  it("carries an edge's Chinese title and note", () => {
    const edge = describeEdge(graph, 'holds_office:leader/liu-jie->province/zhejiang')!;
    expect([edge.titleZh, edge.noteZh]).toEqual(['省长', '关系注释']);
  });

  it('gives no Chinese offices when the node has none', () => {
    expect(describeNode(graph, 'leader/wang-qingxian')!.titlesZh).toEqual([]);
  });
});

describe('localized texts', () => {
  const en = makeI18n('en');
  const zh = makeI18n('zh');

  it('picks the Chinese text in Chinese, and the English text otherwise or when there is no Chinese', () => {
    expect(zh.localized('Governor', '省长')).toBe('省长');
    expect(en.localized('Governor', '省长')).toBe('Governor');
    expect(zh.localized('Governor', undefined)).toBe('Governor');
    expect(zh.localized(undefined, undefined)).toBeUndefined();
  });

  it('uses Chinese offices only when the list is complete', () => {
    expect(zh.localizedList(['A', 'B'], ['甲', '乙'])).toEqual(['甲', '乙']);
    expect(zh.localizedList(['A', 'B'], ['甲'])).toEqual(['A', 'B']);
    expect(en.localizedList(['A'], ['甲'])).toEqual(['A']);
  });
});

describe('the YRD graph in Chinese', () => {
  const graph = loadYrdGraph();
  const zh = makeI18n('zh');

  it('explains the path from Liu Jie to Xi Jinping in Chinese, quotes apart', () => {
    const result = findPaths(graph, 'leader/liu-jie', 'leader/xi-jinping');
    expect(result.status).toBe('found');
    const words = { ...zh.t.pathText, name: zh.name, relationLabel: zh.relationLabel };
    const text = explainPaths(result, words, zh.t.reportTitle(String(graph.getAttribute('titleZh'))));
    expect(text).toContain('刘捷');
    expect(text).toContain('习近平');
    const sentences = text.split('\n').filter((line) => !line.trim().startsWith('“'));
    expect(sentences.filter((line) => /[A-Za-z]{3,}/.test(line))).toEqual([]);
  });

  it('has a Chinese description for every node and a Chinese title for every office', () => {
    expect(graph.filterNodes((_key, attributes) => !attributes.descriptionZh)).toEqual([]);
    expect(
      graph.filterEdges((_key, attributes) => attributes.title !== undefined && !attributes.titleZh),
    ).toEqual([]);
    expect(graph.getNodeAttribute('leader/liu-jie', 'titlesZh')).toEqual([
      '中共浙江省委副书记',
      '浙江省省长',
    ]);
  });
});
