// Splits a paragraph into text runs for the reader: entity mentions (overlaps resolved) and highlighted ranges.

export interface MentionRange {
  node: string;
  start: number;
  end: number;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** The entity this run mentions, if any. */
  node?: string;
  /** Inside a highlighted range (an evidence quote). */
  highlighted: boolean;
}

/**
 * Keeps non-overlapping mentions: at each position the longest mention wins, then the earliest; a shorter alias
 * inside a longer one (e.g. "Yangtze River Delta" inside a program's name) is dropped.
 */
export function resolveMentionOverlaps(mentions: readonly MentionRange[]): MentionRange[] {
  const sorted = [...mentions]
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.node.localeCompare(b.node));
  const kept: MentionRange[] = [];
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}

/** Every start of a verbatim quote in the text, as ranges. */
export function findQuoteRanges(text: string, quotes: readonly string[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const quote of quotes) {
    if (!quote) continue;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      ranges.push({ start: at, end: at + quote.length });
    }
  }
  return ranges;
}

export function segmentParagraph(
  text: string,
  mentions: readonly MentionRange[],
  highlights: readonly TextRange[] = [],
): Segment[] {
  const kept = resolveMentionOverlaps(mentions).filter((m) => m.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  for (const h of highlights)
    cuts.add(Math.max(0, Math.min(text.length, h.start))).add(Math.max(0, Math.min(text.length, h.end)));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const mention = kept.find((m) => m.start <= start && end <= m.end);
    const highlighted = highlights.some((h) => h.start <= start && end <= h.end);
    const previous = segments[segments.length - 1];
    // Merge neighbouring runs that carry the same marks (one mention split only by a highlight edge stays split).
    if (previous && previous.node === mention?.node && previous.highlighted === highlighted && !mention) {
      previous.text += text.slice(start, end);
      previous.end = end;
      continue;
    }
    const segment: Segment = { text: text.slice(start, end), start, end, highlighted };
    if (mention) segment.node = mention.node;
    segments.push(segment);
  }
  return segments;
}
