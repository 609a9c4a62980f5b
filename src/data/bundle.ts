// Report bundles: a graphology JSON whose graph attributes carry `source: {title, paragraphs[]}` and whose edges cite
// it in `evidence`. Detects a bundle, checks it (source shape, paragraph numbers, verbatim quotes) and computes the
// mentions the Source reader marks.
import type Graph from 'graphology';
import { z } from 'zod';
import type { MentionsIndex } from '../model/types';
import { computeMentions } from './mentions';
import { getParagraph } from './paragraphs';

export interface BundleSource {
  title: string;
  paragraphs: string[];
}

const sourceSchema = z.strictObject({
  title: z.string().trim().min(1),
  paragraphs: z.array(z.string()).min(1),
});
const evidenceSchema = z.array(z.strictObject({ paragraph: z.number().int(), quote: z.string().min(1) }));

/** How many problems an error message lists before "and N more". */
export const BUNDLE_PROBLEMS_SHOWN = 3;

export class BundleError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, BUNDLE_PROBLEMS_SHOWN).join('; ');
    const more =
      problems.length > BUNDLE_PROBLEMS_SHOWN ? `; and ${problems.length - BUNDLE_PROBLEMS_SHOWN} more` : '';
    super(
      `This report bundle's source text does not match its graph (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}): ${shown}${more}.`,
    );
    this.name = 'BundleError';
  }
}

export { isBundle } from './isBundle';

/**
 * Checks a bundle and returns its source. Problems (a malformed `source`, evidence that is not a list of
 * {paragraph, quote}, a paragraph outside the text, a quote not verbatim in its paragraph) throw a BundleError
 * that names the edges concerned.
 */
export function readBundle(graph: Graph): BundleSource {
  const parsed = sourceSchema.safeParse(graph.getAttribute('source'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `source.${issue.path.join('.')}` : 'source';
    throw new BundleError([
      `the graph attribute "${where}" is invalid: expected {"title": text, "paragraphs": [text, …]} (${issue?.message ?? 'invalid'})`,
    ]);
  }
  const { title, paragraphs } = parsed.data;
  const problems: string[] = [];
  graph.forEachEdge((edge, attributes) => {
    if (attributes.evidence === undefined) return;
    const evidence = evidenceSchema.safeParse(attributes.evidence);
    if (!evidence.success) {
      problems.push(`edge "${edge}": evidence must be a list of {"paragraph": number, "quote": text}`);
      return;
    }
    evidence.data.forEach(({ paragraph, quote }, index) => {
      const text = getParagraph(paragraphs, paragraph);
      if (text === undefined)
        problems.push(
          `edge "${edge}" evidence #${index + 1}: paragraph ${paragraph} is not in 1–${paragraphs.length}`,
        );
      else if (!text.includes(quote))
        problems.push(
          `edge "${edge}" evidence #${index + 1}: the quote is not verbatim in paragraph ${paragraph}`,
        );
    });
  });
  if (problems.length > 0) throw new BundleError(problems);
  return { title, paragraphs };
}

/** Where each node's label and aliases occur in the bundle's paragraphs. */
export function computeBundleMentions(graph: Graph, paragraphs: readonly string[]): MentionsIndex {
  const nodes: Array<{ key: string; label: string; aliases: string[] }> = [];
  graph.forEachNode((key, attributes) => {
    const label = typeof attributes.label === 'string' ? attributes.label : key;
    const aliases = Array.isArray(attributes.aliases)
      ? attributes.aliases.filter((alias): alias is string => typeof alias === 'string')
      : [];
    nodes.push({ key, label, aliases });
  });
  return computeMentions(nodes, paragraphs);
}
