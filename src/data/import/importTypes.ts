// Shared types of the graph importer: input, options, limits, result and the intermediate raw graph.
import type { Attributes, GraphType, SerializedEdge, SerializedGraph } from 'graphology-types';
import type { ImportWarning } from './importWarnings';
import type { EdgeEndKeys, NumberedEnds } from '../../model/parallelEdges';

export type ImportFormat = 'gexf' | 'graphml' | 'json' | 'csv';

export interface ImportFile {
  name: string;
  text: string;
}

/** Where the text came from: a file the user chose, or a URL (`?graph=`); it only changes the wording of errors. */
export type ImportOrigin = 'file' | 'url';

export interface ImportInput extends ImportFile {
  /** Optional nodes table that goes with a CSV edge list. */
  nodesCsv?: ImportFile;
  origin?: ImportOrigin;
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

/** What to do with edges whose source or target is not a node of the file. */
export type MissingNodesChoice = 'skip' | 'create';

/** The CSV edge list's endpoint columns, by header name (as written in the file). */
export interface CsvColumnChoice {
  source: string;
  target: string;
}

/**
 * Choices the user can make after a first attempt, answering a warning or an error; the import is then run again
 * with them. Plain data (posted to the import worker).
 */
export interface ImportChoices {
  /** 'skip' (default): such edges are left out, with a 'dangling-edges' warning; 'create': the nodes are created. */
  missingNodes?: MissingNodesChoice;
  /** The source and target columns of a CSV edge list whose header names none we recognise ('csv-columns' error). */
  csvColumns?: CsvColumnChoice;
}

/** Receives a graph as it is normalised: the head and every node first, then the edges in order, in parts. */
export interface NormalisedSink {
  /**
   * Options, graph attributes and all nodes (no edges yet); `ends` are every edge's ends, in order; or, when the
   * edges are read as they are handed over, a function that gives them as node numbers once the last is handed over
   * (JSON parsed in parts), or null (GEXF: then `expectedEdges` is an estimate).
   */
  start(
    head: SerializedGraph,
    ends: readonly EdgeEndKeys[] | NumberedEnds | (() => NumberedEnds) | null,
    expectedEdges: number,
  ): void;
  /** The next edges, normalised. */
  edges(edges: SerializedEdge[]): void;
  /** After the last edges. */
  finish(): void;
}

export interface ImportOptions extends ImportChoices {
  limits?: Partial<ImportLimits>;
  onProgress?: (progress: ImportProgress) => void;
  /** Takes the graph part by part as it is normalised; the result then holds no nodes or edges. */
  sink?: NormalisedSink;
  /**
   * With a sink, a JSON text is parsed a part at a time, so that its first parts go out before the rest is parsed
   * (in an import worker; on the page's thread it would only add work).
   */
  parseInParts?: boolean;
}

export interface ImportStats {
  nodes: number;
  edges: number;
}

export interface ImportResult {
  /** graphology's serialized format, ready for `graph.import` (options: multi, self-loops allowed). */
  serialized: SerializedGraph;
  format: ImportFormat;
  /** Every warning as English text. */
  warnings: string[];
  /** The same warnings as data: a code the UI can translate or act on, counts and examples. */
  warningDetails: ImportWarning[];
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
  /** True when the reader has checked that no two edges repeat a pair of nodes: a simple graph holds them. */
  simple?: boolean;
  /**
   * Edges the reader has not turned into `edges` yet (JSON, whose every end it checked first or checks as it parses
   * them; GEXF): normalising reads them part by part, so that an import worker posts the first parts before it has
   * read the last.
   */
  unread?: UnreadEdges;
}

/** Edges still to read (see RawGraph.unread); every one of them is kept. */
export interface UnreadEdges {
  /** How many there are; only an estimate, for progress, when `ends` is absent. */
  count: number;
  /**
   * Their ends, as the nodes' numbers, for numbering parallel edges before they are read; when the reader hands edges
   * over as it parses them, a function giving them once the last is read (JSON parsed in parts), or absent (GEXF);
   * parallel edges are then numbered after the last.
   */
  ends?: NumberedEnds | (() => NumberedEnds);
  /** Reads the next `count` of them (none once all are read). */
  read(count: number): RawEdge[];
  /** After the last: the reader's warnings about them (renumbered ids). */
  finish(): void;
}
