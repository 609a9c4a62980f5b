// Unit tests of search ranking: label before description, prefixes, typos, aliases and Chinese names.
import { describe, expect, it } from 'vitest';
import { makeSearchIndex } from '../../../src/data/searchIndex';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('makeSearchIndex', () => {
  const graph = makeTinyGraph();
  graph.mergeNodeAttributes('theme/innovation', {
    aliases: ['innovation', 'science and technology innovation'],
  });
  const index = makeSearchIndex(graph);
  const keys = (query: string) => index.search(query).map((r) => r.key);

  it('finds by label, by prefix and despite a typo', () => {
    expect(keys('Wang Qingxian')[0]).toBe('leader/wang-qingxian');
    expect(keys('qingx')[0]).toBe('leader/wang-qingxian');
    expect(keys('Zhejang')[0]).toBe('province/zhejiang');
  });

  it('ranks a label match above a description match', () => {
    graph.mergeNodeAttributes('event/symposium', { description: 'Common prosperity was discussed' });
    const ranked = makeSearchIndex(graph)
      .search('common prosperity')
      .map((r) => r.key);
    expect(ranked.indexOf('theme/common-prosperity')).toBeLessThan(ranked.indexOf('event/symposium'));
  });

  it('finds by alias and by Chinese name, and returns the kind', () => {
    expect(keys('science and technology')[0]).toBe('theme/innovation');
    expect(index.search('王清宪')[0]).toMatchObject({ key: 'leader/wang-qingxian', kind: 'leader' });
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });

  it("searches a foreign graph's other string attributes", () => {
    const foreign = makeTinyGraph();
    foreign.mergeNodeAttributes('program/ai-plus', { sector: 'semiconductors' });
    expect(makeSearchIndex(foreign).search('semiconductors')[0]?.key).toBe('program/ai-plus');
  });
});
