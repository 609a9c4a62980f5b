// Attribute types of the compiled knowledge graph (nodes, edges, evidence, mentions).
import type { NodeKind, Relation, Stage, ThemeRole } from './ontology';

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
  /** Chinese description, where the dataset provides one. */
  descriptionZh?: string;
  titles?: string[];
  /** Chinese offices, parallel to `titles`. */
  titlesZh?: string[];
  date?: string;
  endDate?: string;
  place?: string;
  /** Translation correction or other curator's note. */
  note?: string;
  noteZh?: string;
  /** `labelZh` was reconstructed by the curator (e.g. from the translation), not taken from a known Chinese source. */
  labelZhReconstructed?: boolean;
  /** The identification of the entity rests on a guess about the Chinese original; `note` says which. */
  inferred?: boolean;
  /** Themes only: policy area, doctrine or slogan/positioning. */
  role?: ThemeRole;
  /** Sections only: the source paragraph the work area stands for. */
  paragraph?: number;
  x: number;
  y: number;
}

export interface KgEdgeAttributes {
  relation: Relation;
  evidence: Evidence[];
  note?: string;
  noteZh?: string;
  title?: string;
  titleZh?: string;
  /** Resolutions and pledges: whether the report announces it (new) or advances something under way (continuing). */
  stage?: Stage;
  /** Pledges: key of the leader who made the statement on behalf of the source province. */
  speaker?: string;
  /** The edge is the curator's reading, not stated outright (list adjacency, sentence structure, a guessed Chinese term); `note` says why. */
  inferred?: boolean;
}

export interface KgGraphAttributes {
  name: string;
  title: string;
  /** The title in Chinese, where the dataset provides it. */
  titleZh?: string;
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
