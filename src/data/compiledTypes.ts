// Types of the compiled (serialized) graph and compile result, built on the shared model types.
import type { SerializedGraph } from 'graphology-types';
import type { KgEdgeAttributes, KgGraphAttributes, KgNodeAttributes, MentionsIndex } from '../model/types';

/** Compiled node attributes; `endDate` (last day of a multi-day event) is not yet in the shared KgNodeAttributes. */
export type CompiledNodeAttributes = KgNodeAttributes & { endDate?: string };

export type SerializedKgGraph = SerializedGraph<CompiledNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

export interface CompiledDataset {
  graph: SerializedKgGraph;
  mentions: MentionsIndex;
}

/** The graphology options every compiled graph uses. */
export const DEFAULT_GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;
