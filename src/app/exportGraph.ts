// Exports what the filters show now, in a data format, as a download (exporters load on first use).
import type Graph from 'graphology';
import { downloadText } from '../data/download';
import { EXPORT_FORMATS, makeDownloadName, type ExportFormat } from '../data/export/exportFormats';
import { makeSubgraph } from '../model/subgraph';
import type { Visibility } from '../model/filters/visibility';
import type { RelationsCsvOptions } from '../data/export/exportRelationsCsv';
import type { I18n } from '../ui/i18n/makeI18n';

/** The formats the Export menu offers, in its order. */
export const EXPORT_CHOICES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export async function exportVisibleGraph(
  graph: Graph,
  visibility: Visibility,
  datasetName: string,
  format: ExportFormat,
  relations: RelationsCsvOptions,
): Promise<void> {
  const exporters = await import('../data/export');
  const visible = makeSubgraph(
    graph,
    (node) => visibility.isNodeVisible(node),
    (edge) => visibility.isEdgeVisible(edge),
  );
  const text = {
    gexf: exporters.exportGexf,
    graphml: exporters.exportGraphml,
    json: exporters.exportJson,
    'nodes-csv': exporters.exportNodesCsv,
    'edges-csv': exporters.exportEdgesCsv,
    'relations-csv': (subgraph: Graph) => exporters.exportRelationsCsv(subgraph, relations),
  }[format](visible);
  // The table for reading starts with a byte-order mark, so spreadsheets read its Chinese names as UTF-8.
  const bom = format === 'relations-csv' ? '\ufeff' : '';
  downloadText(makeDownloadName(datasetName, format), `${bom}${text}`, EXPORT_FORMATS[format].mimeType);
}

/** The relations table's headers and labels in the interface language. */
export function makeRelationsCsvOptions(i18n: I18n): RelationsCsvOptions {
  const { takeaway } = i18n.t;
  return {
    columns: takeaway.relationColumns,
    relationLabel: (relation) => i18n.relationLabel(relation),
    stageLabel: (stage) => takeaway.stageNames[stage] ?? stage,
  };
}
