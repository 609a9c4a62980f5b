// Shared types of the graph importer: input, options, limits, result and the intermediate raw graph.
import type { Attributes, GraphType, SerializedGraph } from 'graphology-types';

export type ImportFormat = 'gexf' | 'graphml' | 'json' | 'csv';

export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportInput extends ImportFile {
  /** Optional nodes table that goes with a CSV edge list. */
  nodesCsv?: ImportFile;
}

export interface ImportLimits {
  maxBytes: number;
  maxNodes: number;
  maxEdges: number;
}

/** `building`: the main thread adds the parts the worker sends to the graph (fraction = share added). */
export type ImportStage = 'reading' | 'parsing' | 'normalising' | 'building';

export interface ImportProgress {
  stage: ImportStage;
  fraction?: number;
}

export interface ImportOptions {
  limits?: Partial<ImportLimits>;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportStats {
  nodes: number;
  edges: number;
}

export interface ImportResult {
  /** graphology's serialized format, ready for `graph.import` (options: multi, self-loops allowed). */
  serialized: SerializedGraph;
  format: ImportFormat;
  warnings: string[];
  /** True when every node has finite `x` and `y`. */
  hasPositions: boolean;
  stats: ImportStats;
}

export interface RawNode {
  key: string;
  attributes: Attributes;
}

export interface RawEdge {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Attributes;
}

/** What each format reader produces, before normalisation. Keys are unique and edges refer to known nodes. */
export interface RawGraph {
  type: GraphType;
  attributes: Attributes;
  nodes: RawNode[];
  edges: RawEdge[];
  /** True when the reader has itself checked that keys are unique and edge ends known (normalising skips it). */
  checked?: boolean;
}
