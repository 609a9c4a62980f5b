// Plain data the comparison views receive: the evidence of a set of edges, grouped per edge.
import type { Evidence } from '../../model/types';

/** One supporting relation of a matrix cell: a readable label ("Shanghai pledged Innovation") and its quotes. */
export interface EdgeEvidence {
  /** Edge key, when the caller has it (lets the panel offer "show relation"). */
  key?: string;
  label: string;
  evidence: Evidence[];
  note?: string;
}

/** Returns the evidence of the given edges, in order. */
export type GetEvidence = (edgeKeys: readonly string[]) => EdgeEvidence[];
