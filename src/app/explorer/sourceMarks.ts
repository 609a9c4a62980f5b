// Shapes the mentions index and evidence quotes into per-paragraph lists for the Source reader.
import type { MentionRange } from '../../model/markupParagraph';
import type { Evidence, MentionsIndex } from '../../model/types';

export function makeMentionsByParagraph(
  mentions: MentionsIndex | null,
  paragraphCount: number,
): MentionRange[][] {
  const byParagraph: MentionRange[][] = Array.from({ length: paragraphCount }, () => []);
  if (!mentions) return byParagraph;
  for (const [node, list] of Object.entries(mentions)) {
    for (const mention of list) {
      byParagraph[mention.paragraph - 1]?.push({ node, start: mention.start, end: mention.end });
    }
  }
  return byParagraph;
}

export function makeQuotesByParagraph(
  evidenceLists: readonly (readonly Evidence[])[],
): Map<number, string[]> {
  const quotes = new Map<number, string[]>();
  for (const list of evidenceLists) {
    for (const { paragraph, quote } of list) {
      if (!quotes.has(paragraph)) quotes.set(paragraph, []);
      quotes.get(paragraph)!.push(quote);
    }
  }
  return quotes;
}
