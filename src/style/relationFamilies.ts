// Relation families: the 28 relations in seven groups, one distinguishable colour each (edges are coloured by family).
import type { Relation } from '../model/ontology';

export const RELATION_FAMILIES = [
  'people',
  'meeting',
  'documents',
  'commitments',
  'structure',
  'geography',
  'cooperation',
] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

export const RELATION_FAMILY: Record<Relation, RelationFamily> = {
  holds_office: 'people',
  party_committee_of: 'people',
  attended: 'meeting',
  invited_to: 'meeting',
  briefed_at: 'meeting',
  spoke_at: 'meeting',
  spoke_for: 'meeting',
  held_in: 'meeting',
  has_section: 'meeting',
  studied: 'documents',
  considered: 'documents',
  released: 'documents',
  reviewed: 'documents',
  issued: 'documents',
  concerns: 'documents',
  advocated: 'commitments',
  resolved_to_promote: 'commitments',
  pledged: 'commitments',
  plays_role: 'commitments',
  part_of: 'structure',
  has_theme: 'structure',
  addresses: 'structure',
  aligns_with: 'structure',
  leads: 'structure',
  located_in: 'geography',
  member_of: 'geography',
  applies_to: 'geography',
  cooperates_with: 'cooperation',
};

/** Family colours from Paul Tol's qualitative schemes: distinct from each other, readable as thin lines on white. */
export const RELATION_FAMILY_COLORS: Record<RelationFamily, string> = {
  people: '#332288',
  meeting: '#6699CC',
  documents: '#999933',
  commitments: '#CC6677',
  structure: '#882255',
  geography: '#117733',
  cooperation: '#44AA99',
};

/** A relation's family, or null for relations outside the ontology (foreign graphs). */
export function relationFamily(relation: unknown): RelationFamily | null {
  return typeof relation === 'string' && Object.hasOwn(RELATION_FAMILY, relation)
    ? RELATION_FAMILY[relation as Relation]
    : null;
}
