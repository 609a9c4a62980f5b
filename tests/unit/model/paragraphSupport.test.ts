// Unit tests of paragraph focus: the edges a paragraph is evidence for, their ends, and the entities it mentions.
import { describe, expect, it } from 'vitest';
import { citedParagraphs, paragraphSupport } from '../../../src/model/paragraphSupport';
import { computeVisibility } from '../../../src/model/filters/visibility';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('paragraphSupport', () => {
  const graph = makeTinyGraph();

  it('collects the edges citing the paragraph and their ends', () => {
    const support = paragraphSupport(graph, [15]);
    expect([...support.edges].sort()).toEqual([
      'pledged:leader/wang-qingxian->program/ai-plus',
      'pledged:leader/wang-qingxian->theme/innovation',
    ]);
    expect([...support.nodes].sort()).toEqual([
      'leader/wang-qingxian',
      'program/ai-plus',
      'theme/innovation',
    ]);
  });

  it('adds the entities the paragraph mentions', () => {
    const mentions = { 'province/anhui': [{ paragraph: 15, start: 0, end: 5, alias: 'Anhui' }], ghost: [] };
    expect(paragraphSupport(graph, [15], mentions).nodes.has('province/anhui')).toBe(true);
  });

  it('lists the cited paragraphs', () => {
    expect(citedParagraphs(graph)).toEqual([1, 3, 11, 14, 15]);
  });
});

describe('evidence filter', () => {
  it('shows only relations from the chosen paragraphs, and their ends', () => {
    const v = computeVisibility(makeTinyGraph(), [{ type: 'evidence', paragraphs: [14, 15] }]);
    expect(v.edgeCount).toBe(4);
    expect(v.nodeCount).toBe(6);
    expect(v.isNodeVisible('event/symposium')).toBe(false);
  });
});
