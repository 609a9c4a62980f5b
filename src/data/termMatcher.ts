// Finds case-insensitive, word-bounded occurrences of a term (alias or label) in a text.

export interface TextRange {
  /** UTF-16 index of the first character. */
  start: number;
  /** UTF-16 index just past the last character. */
  end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Builds a global, case-insensitive pattern for a term that is neither preceded nor followed by
 * a letter or digit (so "Anhui" does not match inside "Anhuis" and "Su" not inside "Suzhou").
 */
export function makeTermPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every non-overlapping occurrence of `term` in `text`, in order. */
export function findTermOccurrences(term: string, text: string): TextRange[] {
  if (term.length === 0) return [];
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(makeTermPattern(term))) {
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** Whether `term` occurs at least once in `text` (same matching rules as findTermOccurrences). */
export function containsTerm(term: string, text: string): boolean {
  return term.length > 0 && makeTermPattern(term).test(text);
}
