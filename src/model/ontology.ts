// The closed ontology of the knowledge graph: node kinds and typed relations (directed, or symmetric).
import { RELATION_INFO } from './relationInfo';

export { RELATION_INFO };
export * from './themeRoles';
export * from './stages';

export const NODE_KINDS = [
  'leader',
  'province',
  'region',
  'program',
  'theme',
  'organization',
  'event',
  'section',
  'document',
] as const;

export type NodeKind = (typeof NODE_KINDS)[number];

export interface KindInfo {
  /** Human label, singular. */
  label: string;
  /** Human label, plural. */
  plural: string;
  /** What nodes of this kind stand for. */
  description: string;
}

export const KIND_INFO: Record<NodeKind, KindInfo> = {
  leader: {
    label: 'Leader',
    plural: 'Leaders',
    description: 'A named person holding a party or state office.',
  },
  province: {
    label: 'Province',
    plural: 'Provinces',
    description:
      'One of the four province-level members of the Yangtze River Delta (Shanghai counts as one).',
  },
  region: {
    label: 'Region',
    plural: 'Regions',
    description: 'A city, river or lake basin, economic region or zone.',
  },
  program: {
    label: 'Program',
    plural: 'Programs',
    description: 'An initiative, action, project, platform, pilot, plan or strategy.',
  },
  theme: {
    label: 'Theme',
    plural: 'Themes',
    description: 'A policy goal or direction, such as innovation, opening-up or ecology.',
  },
  organization: {
    label: 'Organization',
    plural: 'Organizations',
    description: 'A party or state body.',
  },
  event: { label: 'Event', plural: 'Events', description: 'A meeting or a series of meetings.' },
  section: {
    label: 'Section',
    plural: 'Sections',
    description:
      "A work area the meeting set out: one paragraph of the report's account of its decisions, grouping that area's measures.",
  },
  document: {
    label: 'Document',
    plural: 'Documents',
    description: 'A speech, instruction, opinion, report or other text.',
  },
};

export const RELATIONS = [
  'holds_office',
  'party_committee_of',
  'attended',
  'invited_to',
  'briefed_at',
  'spoke_at',
  'spoke_for',
  'advocated',
  'held_in',
  'located_in',
  'member_of',
  'part_of',
  'has_theme',
  'has_section',
  'studied',
  'considered',
  'released',
  'reviewed',
  'issued',
  'concerns',
  'resolved_to_promote',
  'pledged',
  'addresses',
  'applies_to',
  'cooperates_with',
  'leads',
  'plays_role',
  'aligns_with',
] as const;

export type Relation = (typeof RELATIONS)[number];

export interface RelationInfo {
  /** Reads "source <label> target". */
  label: string;
  /** Reads "target <inverseLabel> source". */
  inverseLabel: string;
  /** Kinds allowed as the source. */
  domain: readonly NodeKind[];
  /** Kinds allowed as the target. */
  range: readonly NodeKind[];
  /** What the relation asserts. */
  description: string;
  /** The relation holds both ways (cooperation): one edge states it, drawn without a direction. */
  symmetric?: true;
  /** Each edge records a `stage` (new or continuing): the meeting's resolutions and the provinces' pledges. */
  staged?: true;
  /** Each edge records its `speaker`, the leader who made the statement on behalf of the source. */
  spoken?: true;
}

/** Whether the relation holds both ways (its edges are drawn without a direction). */
export function isSymmetricRelation(relation: unknown): boolean {
  return isRelation(relation) && RELATION_INFO[relation].symmetric === true;
}

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

export function isRelation(value: unknown): value is Relation {
  return typeof value === 'string' && (RELATIONS as readonly string[]).includes(value);
}
