// Unit tests of community naming: each community is named after its most central member, in English and Chinese.
import { describe, expect, it } from 'vitest';
import { findCommunityCentres } from '../../../src/model/metrics/communityCentres';
import { communityName } from '../../../src/ui/communityName';
import { makeI18n } from '../../../src/ui/i18n/makeI18n';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('findCommunityCentres', () => {
  const graph = makeTinyGraph();
  const communities = {
    'province/zhejiang': 0,
    'leader/liu-jie': 0,
    'theme/common-prosperity': 0,
    'province/anhui': 1,
    'leader/wang-qingxian': 1,
    'program/ai-plus': 1,
  };

  it('picks the member with the highest centrality in each community', () => {
    const pagerank = {
      'province/zhejiang': 0.3,
      'leader/liu-jie': 0.1,
      'province/anhui': 0.05,
      'leader/wang-qingxian': 0.2,
    };
    const centres = findCommunityCentres(graph, communities, pagerank);
    expect(centres[0]?.key).toBe('province/zhejiang');
    expect(centres[1]).toEqual({
      key: 'leader/wang-qingxian',
      label: 'Wang Qingxian',
      kind: 'leader',
      labelZh: '王清宪',
    });
  });

  it('breaks ties by degree, then by label, and falls back to degree without a centrality', () => {
    // Without a centrality, degree decides; Liu Jie and Zhejiang tie at 4 relations, and the label puts Liu Jie first.
    expect(findCommunityCentres(graph, communities)[0]?.key).toBe('leader/liu-jie');
    const equal = findCommunityCentres(graph, { 'province/anhui': 2, 'province/zhejiang': 2 }, {});
    expect(equal[2]?.key).toBe('province/zhejiang');
    expect(findCommunityCentres(graph, { 'province/anhui': 0, 'province/zhejiang': 1 }, {})[1]?.key).toBe(
      'province/zhejiang',
    );
  });

  it('prefers a named member to a report section, unless the community has nothing else', () => {
    const withSection = makeTinyGraph();
    withSection.addNode('section/s7', {
      kind: 'section',
      label: '¶7 Strategic hub',
      aliases: [],
      x: 0,
      y: 0,
    });
    const centres = findCommunityCentres(
      withSection,
      { 'section/s7': 0, 'province/anhui': 0, 'section/only': 1 },
      { 'section/s7': 0.9, 'province/anhui': 0.1 },
    );
    expect(centres[0]?.key).toBe('province/anhui');
    const alone = findCommunityCentres(withSection, { 'section/s7': 3 }, { 'section/s7': 0.9 });
    expect(alone[3]?.key).toBe('section/s7');
  });

  it('names a community "Community of …" in English and "…所在社区" in Chinese, else by its id', () => {
    const centres = findCommunityCentres(graph, communities, { 'province/zhejiang': 1 });
    expect(communityName(0, makeI18n('en'), centres)).toBe('Community of Zhejiang');
    expect(communityName(0, makeI18n('zh'), centres)).toBe('浙江所在社区');
    expect(communityName(7, makeI18n('en'), centres)).toBe('Community 7');
    expect(communityName(0, makeI18n('en'), null)).toBe('Community 0');
  });
});
