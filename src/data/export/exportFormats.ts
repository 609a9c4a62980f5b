// The export formats (extension, MIME type) and the download file name for a dataset in each.
export type ExportFormat = 'gexf' | 'graphml' | 'json' | 'nodes-csv' | 'edges-csv' | 'relations-csv';

/** A format's name in the Export menu is in the dictionaries (ui/i18n `exportFormats`). */
export interface ExportFormatInfo {
  extension: string;
  mimeType: string;
}

export const EXPORT_FORMATS: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  gexf: { extension: '.gexf', mimeType: 'application/gexf+xml' },
  graphml: { extension: '.graphml', mimeType: 'application/graphml+xml' },
  json: { extension: '.json', mimeType: 'application/json' },
  'nodes-csv': { extension: '.nodes.csv', mimeType: 'text/csv' },
  'edges-csv': { extension: '.edges.csv', mimeType: 'text/csv' },
  /** For reading: names, relation labels, paragraphs and quotes as text (the edge list is the one to re-import). */
  'relations-csv': { extension: '.relations.csv', mimeType: 'text/csv' },
};

export const DEFAULT_DOWNLOAD_BASENAME = 'graph';
const MAX_BASENAME_LENGTH = 100;

/** "YRD 2025 / filtered" + 'nodes-csv' → "YRD-2025-filtered.nodes.csv" (safe on every file system). */
export function makeDownloadName(datasetName: string, format: ExportFormat): string {
  const base =
    datasetName
      .normalize('NFKC')
      .trim()
      .replace(/\.(?:gexf|graphml|json|csv|tsv)$/i, '')
      .replace(/\.(?:graph|nodes|edges|relations)$/i, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, MAX_BASENAME_LENGTH) || DEFAULT_DOWNLOAD_BASENAME;
  return `${base}${EXPORT_FORMATS[format].extension}`;
}
