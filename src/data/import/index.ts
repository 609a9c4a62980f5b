// Public API of the graph importer (the worker entry, importWorker.ts, is loaded by importInWorker only).
export { ENDPOINT_COLUMN_PAIRS } from './csvColumns';
export { detectFormat, formatFromFileName, sniffFormat } from './detectFormat';
export {
  GraphImportError,
  isGraphImportError,
  makeGraphImportError,
  toGraphImportErrorData,
  type GraphImportErrorData,
  type ImportErrorDetail,
  type ImportErrorFormat,
  type ImportErrorLocation,
} from './GraphImportError';
export { importGraph } from './importGraph';
export {
  createImportWorker,
  importInWorker,
  type ImportedGraph,
  makeImportAbortError,
  type ImportInWorkerOptions,
  type ImportWorkerLike,
} from './importInWorker';
export { DEFAULT_IMPORT_LIMITS, formatCount, formatSizeComparison } from './importLimits';
export type {
  CsvColumnChoice,
  ImportChoices,
  ImportFile,
  ImportFormat,
  ImportInput,
  ImportLimits,
  ImportOptions,
  ImportOrigin,
  ImportProgress,
  ImportResult,
  ImportStage,
  ImportStats,
  MissingNodesChoice,
} from './importTypes';
export type { DanglingEdgeExample, ImportWarning, RenumberedEdgeExample } from './importWarnings';
export { sniffNotAGraph, type NotAGraph, type NotAGraphContent } from './notAGraph';
export type {
  BlobImportFile,
  BlobImportInput,
  ImportRequest,
  ImportWorkerMessage,
  WorkerImportInput,
} from './importWorkerProtocol';
export { readFileAsText, type ReadFileOptions, type TextSource } from './readFileAsText';
