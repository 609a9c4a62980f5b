// What paragraphs of the source support: the edges they are evidence for, and the entities they mention.
import type Graph from 'graphology';
import type { Evidence, MentionsIndex } from './types';

export interface ParagraphSupport {
  nodes: Set<string>;
  edges: Set<string>;
}

function citesAny(evidence: unknown, paragraphs: ReadonlySet<number>): boolean {
  return Array.isArray(evidence) && evidence.some((e: Evidence) => paragraphs.has(e?.paragraph));
}

/** Edges with evidence in any of the paragraphs, their endpoints, and the nodes mentioned there (when known). */
export function paragraphSupport(
  graph: Graph,
  paragraphs: readonly number[],
  mentions?: MentionsIndex | null,
): ParagraphSupport {
  const wanted = new Set(paragraphs);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!citesAny(attributes.evidence, wanted)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  if (mentions) {
    for (const [node, list] of Object.entries(mentions)) {
      if (graph.hasNode(node) && list.some((m) => wanted.has(m.paragraph))) nodes.add(node);
    }
  }
  return { nodes, edges };
}

/** The paragraphs cited anywhere in the graph's evidence, ascending. */
export function citedParagraphs(graph: Graph): number[] {
  const cited = new Set<number>();
  graph.forEachEdge((_edge, attributes) => {
    if (Array.isArray(attributes.evidence))
      for (const e of attributes.evidence as Evidence[]) cited.add(e.paragraph);
  });
  return [...cited].sort((a, b) => a - b);
}
