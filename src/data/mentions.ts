// Computes the mentions index: where each node's aliases (and label) occur in the source paragraphs.
import type { Mention, MentionsIndex } from '../model/types';
import { findTermOccurrences } from './termMatcher';

export interface MentionableNode {
  key: string;
  label: string;
  aliases: readonly string[];
}

/** The distinct terms a node is recognised by: its aliases, then its label (case-insensitively deduplicated). */
export function getNodeTerms(node: MentionableNode): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const term of [...node.aliases, node.label]) {
    const folded = term.toLowerCase();
    if (term.length === 0 || seen.has(folded)) continue;
    seen.add(folded);
    terms.push(term);
  }
  return terms;
}

function compareMentions(a: Mention, b: Mention): number {
  return (
    a.paragraph - b.paragraph ||
    a.start - b.start ||
    b.end - a.end ||
    (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0)
  );
}

/** Mentions of one node in 1-based paragraphs, sorted by paragraph, then start (longest match first). */
export function findNodeMentions(node: MentionableNode, paragraphs: readonly string[]): Mention[] {
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  for (const term of getNodeTerms(node)) {
    paragraphs.forEach((text, index) => {
      for (const range of findTermOccurrences(term, text)) {
        const id = `${index}:${range.start}:${range.end}`;
        if (seen.has(id)) continue;
        seen.add(id);
        mentions.push({ paragraph: index + 1, start: range.start, end: range.end, alias: term });
      }
    });
  }
  return mentions.sort(compareMentions);
}

/** Node key -> its mentions, for every node (keys in sorted order; nodes never mentioned map to []). */
export function computeMentions(
  nodes: readonly MentionableNode[],
  paragraphs: readonly string[],
): MentionsIndex {
  const index: MentionsIndex = {};
  const sorted = [...nodes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const node of sorted) index[node.key] = findNodeMentions(node, paragraphs);
  return index;
}
