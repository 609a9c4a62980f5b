// A relations table for people (not for re-import): ends by name and Chinese name, relation, stage, paragraphs, quotes.
import type Graph from 'graphology';
import Papa from 'papaparse';

/** The column headers, in the interface language. */
export interface RelationsCsvColumns {
  source: string;
  sourceZh: string;
  relation: string;
  target: string;
  targetZh: string;
  stage: string;
  paragraphs: string;
  quotes: string;
  note: string;
}

export interface RelationsCsvOptions {
  columns: RelationsCsvColumns;
  /** A relation's human label ("pledged", "holds office in"). */
  relationLabel(relation: string): string;
  /** A stage's name ("New", "Continuing"); unknown stages are written as they are. */
  stageLabel(stage: string): string;
}

interface EvidenceLike {
  paragraph: number;
  quote: string;
}

function evidenceOf(value: unknown): EvidenceLike[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is EvidenceLike =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as EvidenceLike).paragraph === 'number' &&
      typeof (item as EvidenceLike).quote === 'string',
  );
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** One row per relation, in graph order; several quotes are separated by " | ", paragraphs by ", ". */
export function exportRelationsCsv(graph: Graph, options: RelationsCsvOptions): string {
  const { columns } = options;
  const name = (node: string) => text(graph.getNodeAttribute(node, 'label')) || node;
  const data: string[][] = [];
  graph.forEachEdge((_key, attributes, source, target) => {
    const evidence = evidenceOf(attributes.evidence);
    const relation = text(attributes.relation);
    const stage = text(attributes.stage);
    data.push([
      name(source),
      text(graph.getNodeAttribute(source, 'labelZh')),
      relation ? options.relationLabel(relation) : text(attributes.label),
      name(target),
      text(graph.getNodeAttribute(target, 'labelZh')),
      stage ? options.stageLabel(stage) : '',
      [...new Set(evidence.map((item) => item.paragraph))].join(', '),
      evidence.map((item) => item.quote).join(' | '),
      text(attributes.note),
    ]);
  });
  const fields = [
    columns.source,
    columns.sourceZh,
    columns.relation,
    columns.target,
    columns.targetZh,
    columns.stage,
    columns.paragraphs,
    columns.quotes,
    columns.note,
  ];
  // A table for reading in a spreadsheet: cells that look like formulas are neutralised.
  return Papa.unparse({ fields, data }, { escapeFormulae: true });
}
