// Attribute types of the compiled knowledge graph (nodes, edges, evidence, mentions).
import type { NodeKind, Relation } from './ontology';

export interface Evidence {
  /** 1-based paragraph number in the source text. */
  paragraph: number;
  /** Verbatim substring of that paragraph. */
  quote: string;
}

export interface KgNodeAttributes {
  label: string;
  kind: NodeKind;
  aliases: string[];
  labelZh?: string;
  description: string;
  titles?: string[];
  date?: string;
  endDate?: string;
  place?: string;
  /** Translation correction or other curator's note. */
  note?: string;
  x: number;
  y: number;
}

export interface KgEdgeAttributes {
  relation: Relation;
  evidence: Evidence[];
  note?: string;
  title?: string;
}

export interface KgGraphAttributes {
  name: string;
  title: string;
  source: string;
}

/** One occurrence of a node's alias in the source: [start, end) character offsets in the paragraph. */
export interface Mention {
  paragraph: number;
  start: number;
  end: number;
  alias: string;
}

/** node key -> its mentions, in document order. */
export type MentionsIndex = Record<string, Mention[]>;
