// Full-text search over the source's sentences (MiniSearch): each hit gives its paragraph and the matched words' ranges.
import MiniSearch from 'minisearch';
import { makeTermPattern, type TextRange } from './termMatcher';

export interface SourceSentence {
  /** 1-based paragraph number. */
  paragraph: number;
  /** The sentence, verbatim. */
  text: string;
  /** Where it starts in its paragraph (UTF-16 index). */
  start: number;
}

export interface SentenceHit extends SourceSentence {
  id: string;
  /** The matched words in `text`, in order, not overlapping. */
  ranges: TextRange[];
  score: number;
}

export interface SentenceIndex {
  search(query: string, limit?: number): SentenceHit[];
}

export const DEFAULT_SENTENCE_LIMIT = 8;

/** A sentence ends at . ! ? ; followed by a space, at 。！？； (no space needed), or at the paragraph's end. */
const SENTENCE_END = /[.!?;]+(?:\s+|$)|[。！？；]+\s*|$/gu;

/** Splits a paragraph into its sentences (trimmed, with their offsets); blank pieces are dropped. */
export function splitSentences(paragraph: string, paragraphNumber: number): SourceSentence[] {
  const sentences: SourceSentence[] = [];
  let from = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const to = match.index + match[0].length;
    const piece = paragraph.slice(from, to);
    const leading = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text) sentences.push({ paragraph: paragraphNumber, text, start: from + leading });
    from = to;
    if (to >= paragraph.length) break;
  }
  return sentences;
}

/** Word-bounded, case-insensitive occurrences of the matched terms, merged in order. */
export function findTermRanges(text: string, terms: readonly string[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    for (const match of text.matchAll(makeTermPattern(term))) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

interface SentenceDocument extends SourceSentence {
  id: string;
}

/** An index over the paragraphs' sentences, built on the first search. */
export function makeSentenceIndex(paragraphs: readonly string[]): SentenceIndex {
  let built: MiniSearch<SentenceDocument> | null = null;
  const build = () => {
    const index = new MiniSearch<SentenceDocument>({
      fields: ['text'],
      storeFields: ['paragraph', 'text', 'start'],
      searchOptions: {
        prefix: true,
        fuzzy: (term) => (term.length > 4 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    index.addAll(
      paragraphs.flatMap((paragraph, i) =>
        splitSentences(paragraph, i + 1).map((sentence, j) => ({ ...sentence, id: `${i + 1}.${j + 1}` })),
      ),
    );
    return index;
  };
  return {
    search(query, limit = DEFAULT_SENTENCE_LIMIT) {
      const trimmed = query.trim();
      if (!trimmed) return [];
      const index = (built ??= build());
      return index
        .search(trimmed)
        .slice(0, limit)
        .map((hit) => {
          const text = hit.text as string;
          return {
            id: hit.id as string,
            paragraph: hit.paragraph as number,
            text,
            start: hit.start as number,
            ranges: findTermRanges(text, hit.terms),
            score: hit.score,
          };
        });
    },
  };
}
