// Unit tests of the exported picture's words: title, active filters in plain words, the legend's names and the credit.
import { describe, expect, it } from 'vitest';
import { makeFacets, translateFacets } from '../../../src/app/explorer/facets';
import { describeFilters, makePictureCaption } from '../../../src/app/explorer/pictureCaption';
import { makeI18n } from '../../../src/ui/i18n/makeI18n';
import { makeTinyGraph } from '../helpers/tinyGraph';

const graph = makeTinyGraph();
const en = makeI18n('en');
const facets = translateFacets(makeFacets(graph), en);

describe('picture caption', () => {
  it('describes each active filter and the paragraph focus in plain words', () => {
    const phrases = describeFilters(
      [
        { type: 'facet', facet: 'province', values: ['province/zhejiang', 'province/anhui'], mode: 'all' },
        { type: 'hiddenKinds', kinds: ['event'] },
        { type: 'evidence', paragraphs: [12, 13] },
        { type: 'ego', depth: 2 },
      ],
      12,
      facets,
      en,
    );
    expect(phrases).toEqual([
      'shared by all of Zhejiang, Anhui',
      'hidden kinds: Events',
      'stated in ¶12, 13',
      'within 2 hops of the selection',
      'focused on ¶12',
    ]);
  });

  it('frames the picture with the title, the filters, named legend entries and the source credit', () => {
    const caption = makePictureCaption(
      {
        title: 'YRD 2025',
        sourceTitle: 'The symposium report',
        filters: [],
        focusParagraph: null,
        facets,
        colourBy: 'louvain',
        legend: [
          { value: '0', color: '#123456', count: 3 },
          { value: '1', color: '#654321', count: 2 },
        ],
        communityCentres: { 0: { key: 'province/zhejiang', label: 'Zhejiang', kind: 'province' } },
      },
      en,
    );
    expect(caption).toEqual({
      title: 'YRD 2025',
      filters: 'No filters: the whole graph',
      legend: [
        { label: 'Community of Zhejiang', color: '#123456' },
        { label: 'Community 1', color: '#654321' },
      ],
      credit: 'Source: The symposium report · Made with the YRD Knowledge-Graph Explorer',
    });
  });
});
