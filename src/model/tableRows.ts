// Rows of the table view: the visible nodes and relations, in plain data.
import type Graph from 'graphology';
import { relationLabel } from './describe';
import type { Evidence } from './types';
import type { Visibility } from './visibility';

export interface NodeTableRow {
  key: string;
  label: string;
  labelZh?: string;
  kind: string;
  degree: number;
}

export interface RelationTableRow {
  key: string;
  source: { key: string; label: string };
  label: string;
  target: { key: string; label: string };
  paragraphs: number[];
}

const labelOf = (graph: Graph, node: string) => String(graph.getNodeAttribute(node, 'label') ?? node);

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
  graph.forEachEdge((key, attributes, source, target) => {
    if (!visibility.isEdgeVisible(key)) return;
    const evidence = Array.isArray(attributes.evidence) ? (attributes.evidence as Evidence[]) : [];
    rows.push({
      key,
      source: { key: source, label: labelOf(graph, source) },
      label: relationLabel(String(attributes.relation ?? 'related'), 'out'),
      target: { key: target, label: labelOf(graph, target) },
      paragraphs: [...new Set(evidence.map((e) => e.paragraph))].sort((a, b) => a - b),
    });
  });
  return rows;
}
