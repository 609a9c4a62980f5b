// Filters as data: a list of typed entries (a union on `type`), applied together by computeVisibility.
//
// Adding a filter touches three files: its entry type here (a member of FilterEntry), its predicate in
// ./predicates.ts and its URL codec entry in src/state/filterCodecs.ts; the compiler checks that the last two cover
// every type. Its control (a ui/ component placed in the app's sidebar) sets it with the generic `setFilter` update.
import type { Stage } from '../stages';

/** How a facet's chosen values combine: union ("any") or what all share ("all"). */
export type FacetMode = 'any' | 'all';

/** Values chosen in one facet (the YRD province filter is the facet "province"), combined by `mode`. */
export interface FacetFilter {
  type: 'facet';
  facet: string;
  /** In the facet's display order; none while only the mode is chosen. */
  values: string[];
  mode: FacetMode;
}

/** Node kinds unchecked in the Kind filter. */
export interface HiddenKindsFilter {
  type: 'hiddenKinds';
  kinds: string[];
}

/** Relations unchecked in the Relation filter. */
export interface HiddenRelationsFilter {
  type: 'hiddenRelations';
  relations: string[];
}

/** Only relations that these paragraphs of the source state, and their ends. */
export interface EvidenceFilter {
  type: 'evidence';
  paragraphs: number[];
}

/** The ego network: only nodes within `depth` hops of the selected node (no filter while nothing is selected). */
export interface EgoFilter {
  type: 'ego';
  depth: number;
}

/**
 * Only statements of one stage (resolutions and pledges carry `stage`: new or continuing). Edges without a stage
 * (offices, memberships, themes…) are not statements of either stage and stay visible: the filter narrows the
 * statements without cutting the graph's structure apart (the Relation filter hides those).
 */
export interface StageFilter {
  type: 'stage';
  stage: Stage;
}

/** Values unchecked in one edge facet (a categorical edge attribute such as `line`, or a foreign `relation`). */
export interface EdgeFacetFilter {
  type: 'edgeFacet';
  attribute: string;
  /** Edges with one of these values are hidden; edges without a value for the attribute stay. */
  hidden: string[];
}

/**
 * Only nodes whose value of a numeric field lies in [min, max] (inclusive); a node without a value is hidden. The
 * field is a numeric node attribute (`attr:<name>`) or a metric id (`degree`, `pagerank`…).
 */
export interface RangeFilter {
  type: 'range';
  field: string;
  min: number;
  max: number;
}

export type FilterEntry =
  | FacetFilter
  | HiddenKindsFilter
  | HiddenRelationsFilter
  | StageFilter
  | EdgeFacetFilter
  | EvidenceFilter
  | RangeFilter
  | EgoFilter;

export type FilterType = FilterEntry['type'];

/** The entry type of one filter type, e.g. FilterOf<'ego'> is EgoFilter. */
export type FilterOf<T extends FilterType> = Extract<FilterEntry, { type: T }>;

/** What a filter may read besides the graph and its own entry. */
export interface FilterContext {
  /** The selected node (the ego network's centre), or null. */
  selectedNode: string | null;
  /** Computed metric values by metric id (for range filters on metrics); a missing metric filters nothing yet. */
  metrics?: Readonly<Partial<Record<string, Readonly<Record<string, number>>>>>;
}
