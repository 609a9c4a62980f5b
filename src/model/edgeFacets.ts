// Edge facets: the categorical edge attributes a graph's edges can be filtered by (like the relation filter).
import type Graph from 'graphology';
import {
  createAttributeTallies,
  DEFAULT_SKIPPED_EDGE_ATTRIBUTES,
  summarizeEdgeAttributes,
  type AttributeSummary,
  type CategoryCount,
} from './attributeSummary';
import { hasOwnAttributes } from './hasOwnAttributes';
import { createWeightFinder } from './metrics/edgeWeight';
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
  return summarizeEdgeAttributes(graph, { skip: FACET_CANDIDATE_SKIP });
}

const FACET_CANDIDATE_SKIP = DEFAULT_SKIPPED_EDGE_ATTRIBUTES.filter((name) => name !== 'relation');

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
  graph.forEachEdge((_edge, attributes) => countStage(counts, attributes.stage));
  return orderStages(counts);
}

function countStage(counts: Map<unknown, number>, stage: unknown) {
  if (stage !== undefined) counts.set(stage, (counts.get(stage) ?? 0) + 1);
}

function orderStages(counts: Map<unknown, number>): { stage: Stage; count: number }[] {
  return STAGES.filter((stage) => counts.has(stage)).map((stage) => ({ stage, count: counts.get(stage)! }));
}

/** What the explorer's facets need of the edges, found in one pass (see summarizeEdges). */
export interface EdgeSummary {
  /** Edges per `relation` value (undefined included). */
  relationCounts: Map<unknown, number>;
  /** As countStages. */
  stages: { stage: Stage; count: number }[];
  /** As findWeightAttribute. */
  weightAttribute: string | undefined;
  /** As summarizeEdgeFacetCandidates. */
  candidates: AttributeSummary[];
}

/**
 * Relation and stage counts, the weight attribute and the facet candidates in one pass over the edges: on a large
 * graph each pass costs most the first time it runs (before the engine optimises it), and this runs before the
 * graph's first frame.
 */
export function summarizeEdges(graph: Graph): EdgeSummary {
  const relationCounts = new Map<unknown, number>();
  const stageCounts = new Map<unknown, number>();
  const weights = createWeightFinder();
  const tallies = createAttributeTallies({ skip: FACET_CANDIDATE_SKIP }, DEFAULT_SKIPPED_EDGE_ATTRIBUTES);
  // Edges without attributes (most of a large file's) count towards no relation and nothing else: counted apart.
  let bare = 0;
  graph.forEachEdge((_edge, attributes) => {
    if (!hasOwnAttributes(attributes)) {
      bare++;
      return;
    }
    relationCounts.set(attributes.relation, (relationCounts.get(attributes.relation) ?? 0) + 1);
    countStage(stageCounts, attributes.stage);
    weights.add(attributes);
    tallies.add(attributes);
  });
  if (bare > 0) relationCounts.set(undefined, (relationCounts.get(undefined) ?? 0) + bare);
  return {
    relationCounts,
    stages: orderStages(stageCounts),
    weightAttribute: weights.finish(graph.size),
    candidates: tallies.finish(graph.size),
  };
}
