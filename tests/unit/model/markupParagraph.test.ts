// Unit tests of paragraph markup: overlapping aliases, mentions across punctuation, evidence highlights.
import { describe, expect, it } from 'vitest';
import {
  findQuoteRanges,
  resolveMentionOverlaps,
  segmentParagraph,
} from '../../../src/model/markupParagraph';

const TEXT =
  "Build the Yangtze River Delta Beautiful China Pioneer Zone and the Xin'an River - Qiandao Lake area.";
const at = (phrase: string) => TEXT.indexOf(phrase);

describe('resolveMentionOverlaps', () => {
  it('keeps the longest mention where aliases overlap', () => {
    const yrd = {
      node: 'region/yrd',
      start: at('Yangtze'),
      end: at('Yangtze') + 'Yangtze River Delta'.length,
    };
    const zone = {
      node: 'program/pioneer-zone',
      start: at('Yangtze'),
      end: at(' and the'),
    };
    const china = { node: 'theme/beautiful-china', start: at('Beautiful'), end: at(' Pioneer') };
    expect(resolveMentionOverlaps([yrd, china, zone])).toEqual([zone]);
  });

  it('drops empty ranges and keeps separate mentions in order', () => {
    const a = { node: 'a', start: 10, end: 15 };
    const b = { node: 'b', start: 0, end: 5 };
    expect(resolveMentionOverlaps([a, { node: 'c', start: 3, end: 3 }, b])).toEqual([b, a]);
  });
});

describe('segmentParagraph', () => {
  it('turns mentions into runs that cover the text exactly once, including across punctuation', () => {
    const lake = { node: 'region/xinan-qiandao', start: at("Xin'an"), end: at(' area') };
    const segments = segmentParagraph(TEXT, [lake]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    const mention = segments.find((s) => s.node);
    expect(mention).toMatchObject({ text: "Xin'an River - Qiandao Lake", node: 'region/xinan-qiandao' });
  });

  it('marks highlighted ranges, splitting a mention that a quote only partly covers', () => {
    const zone = { node: 'zone', start: at('Yangtze'), end: at(' and the') };
    const highlight = findQuoteRanges(TEXT, ['Pioneer Zone and the'])[0]!;
    const segments = segmentParagraph(TEXT, [zone], [highlight]);
    expect(segments.map((s) => [s.text, s.node ?? null, s.highlighted])).toEqual([
      ['Build the ', null, false],
      ['Yangtze River Delta Beautiful China ', 'zone', false],
      ['Pioneer Zone', 'zone', true],
      [' and the', null, true],
      [" Xin'an River - Qiandao Lake area.", null, false],
    ]);
  });

  it('ignores mentions beyond the text', () => {
    expect(segmentParagraph('short', [{ node: 'x', start: 2, end: 40 }])).toEqual([
      { text: 'short', start: 0, end: 5, highlighted: false },
    ]);
  });
});

describe('findQuoteRanges', () => {
  it('finds every occurrence of each quote', () => {
    expect(findQuoteRanges('a b a b', ['a b', ''])).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
    ]);
  });
});
