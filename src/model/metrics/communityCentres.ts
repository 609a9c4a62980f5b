// Each community's most central member (by PageRank, else degree), so communities can be named after a node.
import type Graph from 'graphology';
import { summarizeNode, type NodeSummary } from '../describe';
import type { NodeValues } from './types';

/** Kinds that structure the report rather than name something (its sections, cited documents): never a name. */
const STRUCTURAL_KINDS = new Set(['section', 'document']);

/** Community id → its most central member. */
export type CommunityCentres = Record<number, NodeSummary>;

/**
 * The member with the highest `centrality` in each community; ties go to the higher degree, then the label
 * (case-insensitive), then the key, so the choice is deterministic. Without `centrality`, degree alone decides.
 * A report section or a cited document names a community only when it has no other member.
 */
export function findCommunityCentres(
  graph: Graph,
  communities: NodeValues,
  centrality?: NodeValues,
): CommunityCentres {
  const best = new Map<number, string>();
  const score = (node: string) => centrality?.[node] ?? 0;
  const label = (node: string) => summarizeNode(graph, node).label;
  const named = (node: string) => (STRUCTURAL_KINDS.has(summarizeNode(graph, node).kind) ? 0 : 1);
  const better = (a: string, b: string) =>
    named(a) - named(b) ||
    score(a) - score(b) ||
    graph.degree(a) - graph.degree(b) ||
    label(b).localeCompare(label(a), 'en', { sensitivity: 'base' }) ||
    b.localeCompare(a);
  for (const [node, community] of Object.entries(communities)) {
    if (!graph.hasNode(node)) continue;
    const current = best.get(community);
    if (current === undefined || better(node, current) > 0) best.set(community, node);
  }
  const centres: CommunityCentres = {};
  for (const [community, node] of [...best.entries()].sort(([a], [b]) => a - b)) {
    centres[community] = summarizeNode(graph, node);
  }
  return centres;
}
