// Public API of the graph exporters.
export { exportEdgesCsv, exportNodesCsv, type CsvExportOptions } from './exportCsv';
export {
  DEFAULT_DOWNLOAD_BASENAME,
  EXPORT_FORMATS,
  makeDownloadName,
  type ExportFormat,
  type ExportFormatInfo,
} from './exportFormats';
export { exportGexf } from './exportGexf';
export { exportGraphml } from './exportGraphml';
export { exportJson } from './exportJson';
export { exportMatrixCsv, makeMatrixFileName } from './exportMatrixCsv';
export { exportRelationsCsv, type RelationsCsvColumns, type RelationsCsvOptions } from './exportRelationsCsv';
