// Edge facets: the categorical edge attributes a graph's edges can be filtered by (like the relation filter).
import type Graph from 'graphology';
import {
  DEFAULT_SKIPPED_EDGE_ATTRIBUTES,
  summarizeEdgeAttributes,
  type AttributeSummary,
  type CategoryCount,
} from './attributeSummary';
import { isRelation } from './ontology';
import { STAGES, type Stage } from './stages';

export interface EdgeFacetSummary {
  attribute: string;
  /** Each value with its edge count, most frequent first. */
  values: CategoryCount[];
}

/**
 * Statement attributes of the YRD model that have their own controls or are not categories: `stage` (the stage
 * filter), `inferred`, `speaker`.
 */
const STATEMENT_ATTRIBUTES = new Set(['stage', 'inferred', 'speaker']);

/** Every edge attribute's summary, `relation` included: what findEdgeFacets picks from (and numeric weights). */
export function summarizeEdgeFacetCandidates(graph: Graph): AttributeSummary[] {
  const skip = DEFAULT_SKIPPED_EDGE_ATTRIBUTES.filter((name) => name !== 'relation');
  return summarizeEdgeAttributes(graph, { skip });
}

/**
 * The categorical edge attributes (see summarizeEdgeAttributes), and `relation` too when its values are not the
 * ontology's relations (an imported `type` or `label` column; the Relation filter lists only the ontology's).
 */
export function findEdgeFacets(
  graph: Graph,
  summaries: readonly AttributeSummary[] = summarizeEdgeFacetCandidates(graph),
): EdgeFacetSummary[] {
  return summaries
    .filter(
      (summary) =>
        summary.type === 'categorical' && summary.values && !STATEMENT_ATTRIBUTES.has(summary.name),
    )
    .filter((summary) => summary.name !== 'relation' || summary.values!.some((v) => !isRelation(v.value)))
    .map((summary) => ({ attribute: summary.name, values: summary.values! }));
}

/** The stages the graph's edges carry, in STAGES order, with their edge counts. */
export function countStages(graph: Graph): { stage: Stage; count: number }[] {
  const counts = new Map<unknown, number>();
  graph.forEachEdge((_edge, attributes) => {
    if (attributes.stage !== undefined) counts.set(attributes.stage, (counts.get(attributes.stage) ?? 0) + 1);
  });
  return STAGES.filter((stage) => counts.has(stage)).map((stage) => ({ stage, count: counts.get(stage)! }));
}
