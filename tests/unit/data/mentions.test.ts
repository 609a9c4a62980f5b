// Unit tests for computeMentions and the term matcher: offsets, case-insensitivity, word boundaries, ordering.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeMentions, findNodeMentions } from '../../../src/data/mentions';
import { findTermOccurrences } from '../../../src/data/termMatcher';
import { splitParagraphs } from '../../../src/data/paragraphs';

describe('findTermOccurrences', () => {
  it('matches case-insensitively and returns [start, end) offsets', () => {
    const text = 'Anhui said: ANHUI will work with anhui partners.';
    const ranges = findTermOccurrences('Anhui', text);
    expect(ranges).toEqual([
      { start: 0, end: 5 },
      { start: 12, end: 17 },
      { start: 33, end: 38 },
    ]);
    for (const { start, end } of ranges) expect(text.slice(start, end).toLowerCase()).toBe('anhui');
  });

  it('respects word boundaries (letters and digits)', () => {
    expect(findTermOccurrences('Su', 'Suzhou and Su-Xi-Chang; Su.')).toEqual([
      { start: 11, end: 13 },
      { start: 24, end: 26 },
    ]);
    expect(findTermOccurrences('YRD', 'YRDs and 2YRD and (YRD)')).toEqual([{ start: 19, end: 22 }]);
  });

  it('treats regex metacharacters literally', () => {
    expect(findTermOccurrences('Yangtze River Delta (YRD)', 'the Yangtze River Delta (YRD), and')).toEqual([
      { start: 4, end: 29 },
    ]);
    expect(findTermOccurrences('a.b', 'axb a.b')).toEqual([{ start: 4, end: 7 }]);
  });

  it('uses UTF-16 offsets after non-ASCII text', () => {
    const text = '长三角 — Shanghai';
    const [range] = findTermOccurrences('shanghai', text);
    expect(range).toEqual({ start: 6, end: 14 });
    expect(text.slice(range!.start, range!.end)).toBe('Shanghai');
  });
});

describe('computeMentions', () => {
  const paragraphs = splitParagraphs(
    'Gong Zheng spoke. Shanghai leads.\nIn shanghai, GONG ZHENG met Shanghainese.\n',
  );

  it('finds aliases and the label, sorted by paragraph then start', () => {
    const node = { key: 'leader/gong-zheng', label: 'Gong Zheng', aliases: ['Mayor Gong'] };
    expect(findNodeMentions(node, paragraphs)).toEqual([
      { paragraph: 1, start: 0, end: 10, alias: 'Gong Zheng' },
      { paragraph: 2, start: 13, end: 23, alias: 'Gong Zheng' },
    ]);
  });

  it('keeps overlapping matches of different aliases, longest first at equal start', () => {
    const node = {
      key: 'region/yrd',
      label: 'YRD',
      aliases: ['Yangtze River Delta', 'Yangtze River Delta region', 'yangtze river delta'],
    };
    const mentions = findNodeMentions(node, ['The Yangtze River Delta region grows.']);
    expect(mentions).toEqual([
      { paragraph: 1, start: 4, end: 30, alias: 'Yangtze River Delta region' },
      { paragraph: 1, start: 4, end: 23, alias: 'Yangtze River Delta' },
    ]);
  });

  it('indexes every node by sorted key, including unmentioned ones, and allows overlaps between nodes', () => {
    const index = computeMentions(
      [
        { key: 'province/shanghai', label: 'Shanghai', aliases: ['Shanghai'] },
        { key: 'leader/nobody', label: 'Nobody', aliases: [] },
        { key: 'organization/shanghai-committee', label: 'Shanghai leads', aliases: [] },
      ],
      paragraphs,
    );
    expect(Object.keys(index)).toEqual([
      'leader/nobody',
      'organization/shanghai-committee',
      'province/shanghai',
    ]);
    expect(index['leader/nobody']).toEqual([]);
    expect(index['province/shanghai']).toEqual([
      { paragraph: 1, start: 18, end: 26, alias: 'Shanghai' },
      { paragraph: 2, start: 3, end: 11, alias: 'Shanghai' },
    ]);
    expect(index['organization/shanghai-committee']).toEqual([
      { paragraph: 1, start: 18, end: 32, alias: 'Shanghai leads' },
    ]);
  });
});

describe('splitParagraphs', () => {
  it('splits on newlines, ignoring one trailing newline and handling CRLF', () => {
    expect(splitParagraphs('a\nb\n')).toEqual(['a', 'b']);
    expect(splitParagraphs('a\r\nb')).toEqual(['a', 'b']);
    expect(splitParagraphs('')).toEqual([]);
  });
});
