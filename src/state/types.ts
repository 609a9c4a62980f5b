// The app's view state: plain JSON (arrays, no Sets, no functions), so it round-trips through the URL.
import type { FilterEntry } from '../model/filters/types';

export type { FacetMode, FilterEntry, FilterOf, FilterType } from '../model/filters/types';

/** Interface languages: English and Simplified Chinese. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The tabs of the side panel, in their order; a dataset offers a subset (see ViewContext.panels). */
export const PANELS = ['details', 'source', 'metrics', 'compare', 'table', 'path', 'notebook'] as const;
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
  /** The filters: at most one entry per type (per facet for facets), in the codec table's order. */
  filters: FilterEntry[];
  camera: CameraState | null;
  /** The side panel's open tab. */
  panel: PanelName;
  /** A paragraph whose support the graph is focused on (the rest fades), or null. */
  focusParagraph: number | null;
  /** The two ends of the path finder, or null. */
  pathFrom: string | null;
  pathTo: string | null;
  /** What node size encodes: a metric id ("degree", "pagerank"…) or "attr:<name>" for a numeric attribute. */
  sizeBy: string;
  /** What node colour encodes: "kind", "louvain", or "attr:<name>" for a categorical attribute. */
  colourBy: string;
  /** Interface language; in Chinese, entities show their Chinese names where known. */
  lang: Language;
}

/** A facet the loaded graph offers, with how the URL writes it (data, so the state layer knows no facet by name). */
export interface FacetDefinition {
  facet: string;
  /** Its values, in display order. */
  values: readonly string[];
  /** The URL parameter (default `f.<facet>`); the YRD province facet uses `provinces`. */
  param?: string;
  /** A prefix the URL leaves out of every value (the province facet writes `zhejiang` for `province/zhejiang`). */
  valuePrefix?: string;
}

/** What the URL decoder needs to know about the loaded graph to check decoded values. */
export interface ViewContext {
  hasNode(key: string): boolean;
  hasEdge(key: string): boolean;
  /** The graph's facets, in display order. */
  facets: readonly FacetDefinition[];
  kinds: readonly string[];
  relations: readonly string[];
  /** The stages the graph's statements carry (none for graphs without stages). Optional (none) for the next three. */
  stages?: readonly string[];
  /** Edge facets: categorical edge attributes with their values, in display order. */
  edgeFacets?: readonly { attribute: string; values: readonly string[] }[];
  /** Fields a range filter may use: numeric node attributes (`attr:<name>`) and metric ids. */
  rangeFields?: readonly string[];
  /** How many paragraphs the dataset's source has (0 when it has none). */
  paragraphCount: number;
  /** Allowed values of sizeBy and colourBy for this graph. */
  sizeOptions: readonly string[];
  colourOptions: readonly string[];
  /** The colouring this graph opens with when it is not the default ("kind"): an attribute chosen automatically. */
  defaultColourBy?: string;
  /** The panels this dataset offers, in tab order (always including "details"). */
  panels: readonly PanelName[];
}
