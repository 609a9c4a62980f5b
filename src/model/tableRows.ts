// Rows of the table view: the visible nodes and relations, in plain data.
import type Graph from 'graphology';
import { relationLabel } from './describe';
import type { Evidence } from './types';
import type { Visibility } from './filters/visibility';

export interface NodeTableRow {
  key: string;
  label: string;
  labelZh?: string;
  kind: string;
  degree: number;
}

export interface TableEnd {
  key: string;
  label: string;
  labelZh?: string;
}

export interface RelationTableRow {
  key: string;
  source: TableEnd;
  relation: string;
  label: string;
  target: TableEnd;
  /** True for an undirected edge: source and target are just its two ends (no arrow between them). */
  undirected: boolean;
  paragraphs: number[];
}

const labelOf = (graph: Graph, node: string) => String(graph.getNodeAttribute(node, 'label') ?? node);

function endOf(graph: Graph, node: string): TableEnd {
  const end: TableEnd = { key: node, label: labelOf(graph, node) };
  const labelZh = graph.getNodeAttribute(node, 'labelZh');
  if (typeof labelZh === 'string') end.labelZh = labelZh;
  return end;
}

export function makeNodeTableRows(graph: Graph, visibility: Visibility): NodeTableRow[] {
  const rows: NodeTableRow[] = [];
  graph.forEachNode((key, attributes) => {
    if (!visibility.isNodeVisible(key)) return;
    const row: NodeTableRow = {
      key,
      label: labelOf(graph, key),
      kind: String(attributes.kind ?? ''),
      degree: graph.degree(key),
    };
    if (typeof attributes.labelZh === 'string') row.labelZh = attributes.labelZh;
    rows.push(row);
  });
  return rows;
}

export function makeRelationTableRows(graph: Graph, visibility: Visibility): RelationTableRow[] {
  const rows: RelationTableRow[] = [];
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    if (!visibility.isEdgeVisible(key)) return;
    const evidence = Array.isArray(attributes.evidence) ? (attributes.evidence as Evidence[]) : [];
    rows.push({
      key,
      source: endOf(graph, source),
      relation: String(attributes.relation ?? 'related'),
      label: relationLabel(String(attributes.relation ?? 'related'), 'out'),
      target: endOf(graph, target),
      undirected,
      paragraphs: [...new Set(evidence.map((e) => e.paragraph))].sort((a, b) => a - b),
    });
  });
  return rows;
}
