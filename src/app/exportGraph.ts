// Exports what the filters show now, in a data format, as a download (exporters load on first use).
import type Graph from 'graphology';
import { downloadText } from '../data/download';
import { EXPORT_FORMATS, makeDownloadName, type ExportFormat } from '../data/export/exportFormats';
import { makeSubgraph } from '../model/subgraph';
import type { Visibility } from '../model/filters/visibility';

export const EXPORT_CHOICES: readonly { format: ExportFormat; label: string }[] = (
  Object.keys(EXPORT_FORMATS) as ExportFormat[]
).map((format) => ({ format, label: EXPORT_FORMATS[format].label }));

export function isExportFormat(value: string): value is ExportFormat {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, value);
}

export async function exportVisibleGraph(
  graph: Graph,
  visibility: Visibility,
  datasetName: string,
  format: ExportFormat,
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
  }[format](visible);
  downloadText(makeDownloadName(datasetName, format), text, EXPORT_FORMATS[format].mimeType);
}
