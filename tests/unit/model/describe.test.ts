// Unit tests of node and edge descriptions for the Details panel.
import { describe, expect, it } from 'vitest';
import { describeEdge, describeNode } from '../../../src/model/describe';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('describeNode', () => {
  const graph = makeTinyGraph();

  it('groups relations by type, outgoing first, with inverse labels for incoming edges', () => {
    const zhejiang = describeNode(graph, 'province/zhejiang')!;
    expect(zhejiang.labelZh).toBe('浙江');
    expect(zhejiang.groups.map((g) => [g.direction, g.label, g.items.length])).toEqual([
      ['out', 'member of', 1],
      ['out', 'pledged', 1],
      ['in', 'office held by', 1],
      ['in', 'represented by', 1],
    ]);
    expect(zhejiang.groups[2]!.items[0]!.neighbour).toEqual({
      key: 'leader/liu-jie',
      label: 'Liu Jie',
      kind: 'leader',
    });
    expect(zhejiang.groups[0]!.items[0]!.evidence).toEqual([
      { paragraph: 3, quote: 'province/zhejiang member_of region/yrd' },
    ]);
  });

  it('returns null for an unknown node', () => {
    expect(describeNode(graph, 'nope')).toBeNull();
  });
});

describe('describeEdge', () => {
  it('gives source, label, target and evidence', () => {
    const edge = describeEdge(makeTinyGraph(), 'holds_office:leader/liu-jie->province/zhejiang')!;
    expect([edge.source.label, edge.label, edge.target.label]).toEqual([
      'Liu Jie',
      'holds office in',
      'Zhejiang',
    ]);
    expect(edge.evidence).toHaveLength(1);
  });
});

describe('describeNode attributes', () => {
  it("lists a foreign node's other attributes as text, leaving out drawing and described ones", () => {
    const graph = makeTinyGraph();
    graph.mergeNodeAttributes('province/anhui', {
      url: 'https://example.org/anhui',
      population: 61,
      tags: ['a', 'b'],
      size: 10,
      color: '#fff',
    });
    expect(describeNode(graph, 'province/anhui')!.attributes).toEqual([
      { name: 'population', value: '61' },
      { name: 'tags', value: '["a","b"]' },
      { name: 'url', value: 'https://example.org/anhui' },
    ]);
  });
});
