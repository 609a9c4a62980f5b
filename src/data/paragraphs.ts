// Splits the source text into its 1-based paragraphs (one paragraph per line).

/** Returns the paragraphs of a source text: one per line; a single trailing newline does not add a paragraph. */
export function splitParagraphs(sourceText: string): string[] {
  if (sourceText === '') return [];
  const lines = sourceText.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Returns the text of 1-based paragraph `n`, or undefined when out of range. */
export function getParagraph(paragraphs: readonly string[], n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  return paragraphs[n - 1];
}
