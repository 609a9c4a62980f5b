// The closed ontology of the knowledge graph: node kinds and typed, directed relations.

export const NODE_KINDS = [
  'leader',
  'province',
  'region',
  'program',
  'theme',
  'organization',
  'event',
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
  document: {
    label: 'Document',
    plural: 'Documents',
    description: 'A speech, instruction, opinion, report or other text.',
  },
};

export const RELATIONS = [
  'holds_office',
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
  'studied',
  'considered',
  'issued',
  'concerns',
  'resolved_to_promote',
  'pledged',
  'addresses',
  'applies_to',
  'cooperates_with',
  'leads',
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
}

export const RELATION_INFO: Record<Relation, RelationInfo> = {
  holds_office: {
    label: 'holds office in',
    inverseLabel: 'office held by',
    domain: ['leader'],
    range: ['province', 'organization'],
    description:
      'The leader holds a party or government office in the province or body (edge `title` names it).',
  },
  attended: {
    label: 'attended',
    inverseLabel: 'attended by',
    domain: ['leader', 'organization'],
    range: ['event'],
    description: 'The person or body was present at the event.',
  },
  invited_to: {
    label: 'invited to',
    inverseLabel: 'invited',
    domain: ['organization', 'leader'],
    range: ['event'],
    description: 'The body or person was invited to attend the event.',
  },
  briefed_at: {
    label: 'briefed at',
    inverseLabel: 'briefed by',
    domain: ['leader'],
    range: ['event'],
    description: 'The leader briefed the event on its results, on behalf of the participants.',
  },
  spoke_at: {
    label: 'spoke at',
    inverseLabel: 'addressed by',
    domain: ['leader'],
    range: ['event'],
    description: 'The leader gave a speech at the event.',
  },
  spoke_for: {
    label: 'spoke on behalf of',
    inverseLabel: 'represented by',
    domain: ['leader'],
    range: ['province'],
    description: 'The leader spoke at the event on behalf of the province.',
  },
  advocated: {
    label: 'advocated',
    inverseLabel: 'advocated by',
    domain: ['leader'],
    range: ['event', 'program', 'theme'],
    description: 'The leader personally proposed or championed it.',
  },
  held_in: {
    label: 'held in',
    inverseLabel: 'hosted',
    domain: ['event'],
    range: ['region', 'province'],
    description: 'The event took place in the city or province.',
  },
  located_in: {
    label: 'located in',
    inverseLabel: 'contains',
    domain: ['region'],
    range: ['province', 'region'],
    description: 'The city, basin or zone lies in the province or wider region.',
  },
  member_of: {
    label: 'member of',
    inverseLabel: 'has member',
    domain: ['province'],
    range: ['region'],
    description: 'The province is one of the members of the region (the "three provinces and one city").',
  },
  part_of: {
    label: 'part of',
    inverseLabel: 'includes',
    domain: ['program', 'event', 'theme'],
    range: ['program', 'event', 'theme'],
    description: 'A component of a larger program, event or theme.',
  },
  has_theme: {
    label: 'has the theme',
    inverseLabel: 'theme of',
    domain: ['event'],
    range: ['theme'],
    description: 'The declared theme of the event.',
  },
  studied: {
    label: 'studied',
    inverseLabel: 'studied at',
    domain: ['event'],
    range: ['document'],
    description: 'The event studied and set out to implement the document, speech or instructions.',
  },
  considered: {
    label: 'considered',
    inverseLabel: 'considered at',
    domain: ['event'],
    range: ['document'],
    description: 'The event heard, reviewed or deliberated on the document or report.',
  },
  issued: {
    label: 'issued',
    inverseLabel: 'issued by',
    domain: ['leader', 'organization'],
    range: ['document'],
    description: 'The person or body delivered or issued the speech, instruction or document.',
  },
  concerns: {
    label: 'concerns',
    inverseLabel: 'subject of',
    domain: ['document'],
    range: ['program', 'theme', 'region'],
    description: 'The document is about the program, theme or region.',
  },
  resolved_to_promote: {
    label: 'resolved to promote',
    inverseLabel: 'promoted by',
    domain: ['event'],
    range: ['program', 'theme'],
    description: 'The meeting called for the program or direction to be advanced.',
  },
  pledged: {
    label: 'pledged',
    inverseLabel: 'pledged by',
    domain: ['leader', 'province'],
    range: ['program', 'theme', 'region', 'document'],
    description: 'In a closing speech, the speaker committed their province to the program or goal.',
  },
  addresses: {
    label: 'addresses',
    inverseLabel: 'addressed by',
    domain: ['program'],
    range: ['theme'],
    description: 'The program serves the policy goal or direction.',
  },
  applies_to: {
    label: 'applies to',
    inverseLabel: 'covered by',
    domain: ['program'],
    range: ['region', 'province'],
    description: 'The program is carried out in, or targets, the region or province.',
  },
  cooperates_with: {
    label: 'cooperates with',
    inverseLabel: 'cooperates with',
    domain: ['province', 'region'],
    range: ['province', 'region'],
    description: 'The two places work together, as the source states.',
  },
  leads: {
    label: 'leads',
    inverseLabel: 'led by',
    domain: ['province'],
    range: ['region', 'province'],
    description: 'The province plays the leading or driving role for the other.',
  },
  aligns_with: {
    label: 'aligns with',
    inverseLabel: 'aligned with',
    domain: ['region', 'program', 'event'],
    range: ['program'],
    description: 'Docking with, or serving, another national strategy.',
  },
};

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

export function isRelation(value: unknown): value is Relation {
  return typeof value === 'string' && (RELATIONS as readonly string[]).includes(value);
}
