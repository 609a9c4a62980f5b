// The app's view state: plain JSON (arrays, no Sets, no functions), so it round-trips through the URL.

/** How a facet's chosen values combine: union ("any") or what all share ("all"). */
export type FacetMode = 'any' | 'all';

/** The values chosen in one facet filter (the YRD province filter is the facet "province"). */
export interface FacetSelection {
  facet: string;
  values: string[];
}

/** Interface languages: English and Simplified Chinese. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The tab shown in the side panel. */
export const PANELS = ['details', 'source', 'path', 'metrics', 'compare', 'table'] as const;
export type PanelName = (typeof PANELS)[number];

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  /** Selected node key, or null. */
  node: string | null;
  /** Selected edge key, or null (a node and an edge are never selected together). */
  edge: string | null;
  /** Facet filters with chosen values, in the order of the graph's facets; values in each facet's order. */
  facets: FacetSelection[];
  facetMode: FacetMode;
  /** Node kinds unchecked in the Kind filter. */
  hiddenKinds: string[];
  /** Relations unchecked in the Relation filter. */
  hiddenRelations: string[];
  camera: CameraState | null;
  /** The side panel's open tab. */
  panel: PanelName;
  /** A paragraph whose support the graph is focused on (the rest fades), or null. */
  focusParagraph: number | null;
  /** Evidence filter: only relations supported by these paragraphs are shown (empty: no filter). */
  evidenceParagraphs: number[];
  /** The two ends of the path finder, or null. */
  pathFrom: string | null;
  pathTo: string | null;
  /** What node size encodes: a metric id ("degree", "pagerank"…) or "attr:<name>" for a numeric attribute. */
  sizeBy: string;
  /** What node colour encodes: "kind", "louvain", or "attr:<name>" for a categorical attribute. */
  colourBy: string;
  /** Ego network: show only nodes within this many hops of the selected node (null: off). */
  depth: number | null;
  /** Interface language; in Chinese, entities show their Chinese names where known. */
  lang: Language;
}

/** What the URL decoder needs to know about the loaded graph to check decoded values. */
export interface ViewContext {
  hasNode(key: string): boolean;
  hasEdge(key: string): boolean;
  /** The graph's facets and their values, in display order. */
  facets: readonly { facet: string; values: readonly string[] }[];
  kinds: readonly string[];
  relations: readonly string[];
  /** How many paragraphs the dataset's source has (0 when it has none). */
  paragraphCount: number;
  /** Allowed values of sizeBy and colourBy for this graph. */
  sizeOptions: readonly string[];
  colourOptions: readonly string[];
}
