// A window of a long sentence around its first match, for search results (no search engine needed to show one).
import type { TextRange } from './termMatcher';

export interface Snippet {
  text: string;
  ranges: TextRange[];
}

/**
 * A window of a long sentence around its first match (about `before` characters before it and `after` after it),
 * cut at spaces and marked with ellipses; ranges are shifted into the window and those outside it dropped.
 */
export function makeSnippet(text: string, ranges: readonly TextRange[], before = 60, after = 140): Snippet {
  if (text.length <= before + after) return { text, ranges: [...ranges] };
  const first = ranges[0]?.start ?? 0;
  let from = Math.max(0, first - before);
  let to = Math.min(text.length, Math.max(first, from) + before + after);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < first) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > first) to = space;
  }
  const lead = from > 0 ? '… ' : '';
  const shifted = ranges
    .filter((r) => r.start >= from && r.end <= to)
    .map((r) => ({ start: r.start - from + lead.length, end: r.end - from + lead.length }));
  return { text: `${lead}${text.slice(from, to)}${to < text.length ? ' …' : ''}`, ranges: shifted };
}
