// Plain descriptions of a node or an edge for the Details panel: relations grouped by type and direction, with evidence.
import type Graph from 'graphology';
import { isRelation, isSymmetricRelation, RELATION_INFO } from './ontology';
import type { Evidence } from './types';

export interface NodeSummary {
  key: string;
  label: string;
  kind: string;
  /** The established Chinese name, where known. */
  labelZh?: string;
}

export interface RelationItem {
  edge: string;
  neighbour: NodeSummary;
  evidence: Evidence[];
  note?: string;
  /** The note in Chinese, where the dataset provides it. */
  noteZh?: string;
  title?: string;
  /** The office in Chinese, where the dataset provides it. */
  titleZh?: string;
  /** Resolutions and pledges: "new" or "continuing". */
  stage?: string;
  /** The edge is the curator's reading, not stated outright (its note says why). */
  inferred?: boolean;
  /** Pledges: the leader who spoke. */
  speaker?: NodeSummary;
  /** In a `spoken` group: the province the node spoke for (the edge's source). */
  onBehalfOf?: NodeSummary;
}

export interface RelationGroup {
  relation: string;
  /** 'out' for outgoing and undirected edges (read with the relation's own label), 'in' for incoming ones. */
  direction: 'out' | 'in';
  /** True for undirected edges: listed once, read without a direction (no arrow, no inverse label). */
  undirected: boolean;
  /** "holds office in" for outgoing and undirected edges, the inverse label ("office held by") for incoming ones. */
  label: string;
  items: RelationItem[];
  /** Statements the node made as `speaker` for a province (edges from the province, not from the node). */
  spoken?: true;
}

export interface NodeDescription extends NodeSummary {
  description?: string;
  /** The description in Chinese, where the dataset provides it. */
  descriptionZh?: string;
  aliases: string[];
  titles: string[];
  /** The offices in Chinese, parallel to `titles` (empty when the dataset has none). */
  titlesZh: string[];
  date?: string;
  endDate?: string;
  place?: string;
  note?: string;
  noteZh?: string;
  /** The Chinese name was reconstructed by the curator. */
  labelZhReconstructed?: boolean;
  /** The identification is a guess about the Chinese original (the note says which). */
  inferred?: boolean;
  /** Themes: policy_area, doctrine or slogan. */
  role?: string;
  /** Sections: the source paragraph. */
  paragraph?: number;
  groups: RelationGroup[];
  /** The node's other attributes (a foreign graph's own fields), as display text. */
  attributes: { name: string; value: string }[];
}

export interface EdgeDescription {
  key: string;
  relation: string;
  label: string;
  /** True for an undirected edge or a symmetric relation: source and target are just its two ends (no arrow). */
  undirected: boolean;
  source: NodeSummary;
  target: NodeSummary;
  evidence: Evidence[];
  note?: string;
  noteZh?: string;
  title?: string;
  titleZh?: string;
  stage?: string;
  inferred?: boolean;
  speaker?: NodeSummary;
}

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function summarizeNode(graph: Graph, key: string): NodeSummary {
  const attributes = graph.getNodeAttributes(key);
  const summary: NodeSummary = {
    key,
    label: str(attributes.label) ?? key,
    kind: str(attributes.kind) ?? 'unknown',
  };
  const labelZh = str(attributes.labelZh);
  if (labelZh) summary.labelZh = labelZh;
  return summary;
}

export function relationLabel(relation: string, direction: 'out' | 'in'): string {
  if (!isRelation(relation)) return direction === 'out' ? relation : `${relation} (incoming)`;
  return direction === 'out' ? RELATION_INFO[relation].label : RELATION_INFO[relation].inverseLabel;
}

function evidenceOf(value: unknown): Evidence[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is Evidence =>
      typeof e === 'object' && e !== null && typeof e.quote === 'string' && Number.isInteger(e.paragraph),
  );
}

/** Attributes shown in their own places, or only for drawing: not repeated in the attribute list. */
const DESCRIBED_ATTRIBUTES = new Set([
  'label',
  'kind',
  'aliases',
  'labelZh',
  'description',
  'descriptionZh',
  'titles',
  'titlesZh',
  'date',
  'endDate',
  'place',
  'note',
  'noteZh',
  'x',
  'y',
  'size',
  'color',
  'zIndex',
  'hidden',
  'forceLabel',
  'highlighted',
  'image',
  'labelZhReconstructed',
  'inferred',
]);

/** Attributes shown in their own places for some kinds only (a theme's role, a section's paragraph). */
const KIND_ATTRIBUTES = new Map([
  ['role', 'theme'],
  ['paragraph', 'section'],
]);

/** The statement qualifiers of an edge (stage, inferred, speaker) that are present. */
function edgeQualifiers(graph: Graph, attributes: Record<string, unknown>) {
  const qualifiers: { stage?: string; inferred?: boolean; speaker?: NodeSummary } = {};
  const stage = str(attributes.stage);
  if (stage) qualifiers.stage = stage;
  if (attributes.inferred === true) qualifiers.inferred = true;
  const speaker = str(attributes.speaker);
  if (speaker && graph.hasNode(speaker)) qualifiers.speaker = summarizeNode(graph, speaker);
  return qualifiers;
}

/** An edge's note and title, in English and (where present) Chinese. */
function edgeTexts(attributes: Record<string, unknown>) {
  const texts: { note?: string; noteZh?: string; title?: string; titleZh?: string } = {};
  for (const field of ['note', 'noteZh', 'title', 'titleZh'] as const) {
    const value = str(attributes[field]);
    if (value) texts[field] = value;
  }
  return texts;
}

function displayValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return null;
  }
}

export function describeNode(graph: Graph, key: string): NodeDescription | null {
  if (!graph.hasNode(key)) return null;
  const attributes = graph.getNodeAttributes(key);
  const groups = new Map<string, RelationGroup>();
  const add = (edge: string, walked: 'out' | 'in' | 'undirected', neighbour: string, onBehalfOf?: string) => {
    const edgeAttributes = graph.getEdgeAttributes(edge);
    const relation = str(edgeAttributes.relation) ?? 'related';
    // A symmetric relation (cooperation) reads the same from either end: listed once, without a direction.
    const direction = isSymmetricRelation(relation) ? 'undirected' : walked;
    const id = `${onBehalfOf === undefined ? '' : 'spoken:'}${direction}:${relation}`;
    const reading = direction === 'in' ? 'in' : 'out';
    if (!groups.has(id)) {
      const group: RelationGroup = {
        relation,
        direction: reading,
        undirected: direction === 'undirected',
        label: relationLabel(relation, reading),
        items: [],
      };
      if (onBehalfOf !== undefined) group.spoken = true;
      groups.set(id, group);
    }
    const item: RelationItem = {
      edge,
      neighbour: summarizeNode(graph, neighbour),
      evidence: evidenceOf(edgeAttributes.evidence),
      ...edgeQualifiers(graph, edgeAttributes),
    };
    if (onBehalfOf !== undefined) item.onBehalfOf = summarizeNode(graph, onBehalfOf);
    Object.assign(item, edgeTexts(edgeAttributes));
    groups.get(id)!.items.push(item);
  };
  graph.forEachOutEdge(key, (edge, _a, _s, target) => add(edge, 'out', target));
  graph.forEachInEdge(key, (edge, _a, source) => add(edge, 'in', source));
  // Undirected edges (undirected and mixed graphs) once each, whichever end the node is.
  graph.forEachUndirectedEdge(key, (edge, _a, source, target) =>
    add(edge, 'undirected', source === key ? target : source),
  );
  // Statements a leader made as the speaker for a province (pledges in a closing speech); only leaders speak, so
  // other nodes (and foreign graphs) skip the walk over every edge.
  if (attributes.kind === 'leader')
    graph.forEachEdge((edge, edgeAttributes, source, target) => {
      if (edgeAttributes.speaker === key) add(edge, 'out', target, source);
    });
  const rank = (group: RelationGroup) => (group.undirected ? 1 : group.direction === 'out' ? 0 : 2);
  const sorted = [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label));
  for (const group of sorted)
    group.items.sort(
      (a, b) => a.neighbour.label.localeCompare(b.neighbour.label) || (a.edge < b.edge ? -1 : 1),
    );
  const description: NodeDescription = {
    ...summarizeNode(graph, key),
    aliases: strings(attributes.aliases),
    titles: strings(attributes.titles),
    titlesZh: strings(attributes.titlesZh),
    groups: sorted,
    attributes: Object.keys(attributes)
      .filter(
        (name) =>
          !DESCRIBED_ATTRIBUTES.has(name) &&
          !(KIND_ATTRIBUTES.has(name) && KIND_ATTRIBUTES.get(name) === attributes.kind),
      )
      .sort()
      .flatMap((name) => {
        const value = displayValue(attributes[name]);
        return value === null ? [] : [{ name, value }];
      }),
  };
  const fields = [
    'labelZh',
    'description',
    'descriptionZh',
    'date',
    'endDate',
    'place',
    'note',
    'noteZh',
    'role',
  ] as const;
  for (const field of fields) {
    const value = str(attributes[field]);
    if (value) description[field] = value;
  }
  const role = str(attributes.role);
  if (role && attributes.kind === 'theme') description.role = role;
  if (attributes.labelZhReconstructed === true) description.labelZhReconstructed = true;
  if (attributes.inferred === true) description.inferred = true;
  if (typeof attributes.paragraph === 'number' && attributes.kind === 'section')
    description.paragraph = attributes.paragraph;
  return description;
}

export function describeEdge(graph: Graph, key: string): EdgeDescription | null {
  if (!graph.hasEdge(key)) return null;
  const attributes = graph.getEdgeAttributes(key);
  const relation = str(attributes.relation) ?? 'related';
  const result: EdgeDescription = {
    key,
    relation,
    label: relationLabel(relation, 'out'),
    undirected: graph.isUndirected(key) || isSymmetricRelation(relation),
    source: summarizeNode(graph, graph.source(key)),
    target: summarizeNode(graph, graph.target(key)),
    evidence: evidenceOf(attributes.evidence),
    ...edgeQualifiers(graph, attributes),
    ...edgeTexts(attributes),
  };
  return result;
}
