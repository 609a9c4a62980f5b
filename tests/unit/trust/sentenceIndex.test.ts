// Unit tests of the source-sentence search: splitting, paragraph numbers, matched-word ranges.
import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../src/data/snippet';
import { findTermRanges, makeSentenceIndex, splitSentences } from '../../../src/data/sentenceIndex';

const PARAGRAPHS = [
  'The meeting opened in Nanjing. Leaders discussed green growth; they agreed on rivers.',
  'We will deepen the cross-regional sewage rights pilot program. Sewage plants will be shared!',
  '会议指出，要加强生态保护。会议强调创新。',
];

describe('splitSentences', () => {
  it('splits at . ; ! and keeps offsets into the paragraph', () => {
    const sentences = splitSentences(PARAGRAPHS[0]!, 1);
    expect(sentences.map((s) => s.text)).toEqual([
      'The meeting opened in Nanjing.',
      'Leaders discussed green growth;',
      'they agreed on rivers.',
    ]);
    for (const s of sentences) expect(PARAGRAPHS[0]!.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('splits Chinese sentences at 。', () => {
    expect(splitSentences(PARAGRAPHS[2]!, 3).map((s) => s.text)).toEqual([
      '会议指出，要加强生态保护。',
      '会议强调创新。',
    ]);
  });
});

describe('makeSentenceIndex', () => {
  const index = makeSentenceIndex(PARAGRAPHS);

  it('finds the sentences that mention a word, with their paragraph and the matched words', () => {
    const hits = index.search('sewage');
    expect(hits.map((h) => [h.paragraph, h.text])).toEqual(
      expect.arrayContaining([
        [2, 'We will deepen the cross-regional sewage rights pilot program.'],
        [2, 'Sewage plants will be shared!'],
      ]),
    );
    const first = hits.find((h) => h.text.startsWith('We will'))!;
    expect(first.ranges.map((r) => first.text.slice(r.start, r.end))).toEqual(['sewage']);
  });

  it('matches prefixes and requires every word', () => {
    expect(index.search('rive').map((h) => h.text)).toEqual(['they agreed on rivers.']);
    expect(index.search('sewage plants').map((h) => h.text)).toEqual(['Sewage plants will be shared!']);
    expect(index.search('sewage nanjing')).toEqual([]);
  });

  it('returns nothing for a blank query', () => {
    expect(index.search('   ')).toEqual([]);
  });
});

describe('findTermRanges', () => {
  it('finds whole words case-insensitively and merges overlaps', () => {
    const text = 'Green growth and greener rivers; GREEN again.';
    expect(findTermRanges(text, ['green']).map((r) => text.slice(r.start, r.end))).toEqual([
      'Green',
      'GREEN',
    ]);
    expect(findTermRanges('abc', [''])).toEqual([]);
  });
});

describe('makeSnippet', () => {
  it('keeps short sentences whole', () => {
    expect(makeSnippet('short text', [{ start: 0, end: 5 }])).toEqual({
      text: 'short text',
      ranges: [{ start: 0, end: 5 }],
    });
  });

  it('cuts a long sentence around its first match and shifts the ranges', () => {
    const text = `${'lorem ipsum '.repeat(20)}sewage rights ${'dolor sit '.repeat(30)}`;
    const start = text.indexOf('sewage');
    const snippet = makeSnippet(text, [{ start, end: start + 6 }], 20, 40);
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    const [range] = snippet.ranges;
    expect(snippet.text.slice(range!.start, range!.end)).toBe('sewage');
  });
});
