// Counts distinct statements among edges: edges that quote the same words (the same statement recorded twice) count once.
import type Graph from 'graphology';
import type { Evidence } from '../types';

function evidenceOf(graph: Graph, edge: string): Evidence[] {
  const value: unknown = graph.getEdgeAttribute(edge, 'evidence');
  return Array.isArray(value)
    ? value.filter(
        (e): e is Evidence =>
          typeof e?.quote === 'string' && e.quote !== '' && Number.isInteger(e?.paragraph),
      )
    : [];
}

/** Whether two evidence lists quote the same words: in the same paragraph, one quote contains the other. */
export function evidenceOverlaps(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  return a.some((x) =>
    b.some((y) => x.paragraph === y.paragraph && (x.quote.includes(y.quote) || y.quote.includes(x.quote))),
  );
}

/**
 * Groups the edges into statements: two edges are one statement when they quote the same words (in the same
 * paragraph, one quote contains the other), as a leader's pledge mirrored by his province's would. Edges without
 * evidence are a statement each. Groups and their edges keep the input order.
 */
export function groupStatements(graph: Graph, edges: readonly string[]): string[][] {
  const quotes = edges.map((edge) => evidenceOf(graph, edge));
  const groups: number[][] = [];
  edges.forEach((_edge, index) => {
    const joined = groups.filter((group) =>
      group.some((other) => evidenceOverlaps(quotes[index]!, quotes[other]!)),
    );
    const merged = [...joined.flat(), index].sort((a, b) => a - b);
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  });
  return groups.sort((a, b) => a[0]! - b[0]!).map((group) => group.map((index) => edges[index]!));
}
