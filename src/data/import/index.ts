// Public API of the graph importer (the worker entry, importWorker.ts, is loaded by importInWorker only).
export { detectFormat, formatFromFileName, sniffFormat } from './detectFormat';
export {
  GraphImportError,
  isGraphImportError,
  makeGraphImportError,
  toGraphImportErrorData,
  type GraphImportErrorData,
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
  ImportFile,
  ImportFormat,
  ImportInput,
  ImportLimits,
  ImportOptions,
  ImportProgress,
  ImportResult,
  ImportStage,
  ImportStats,
} from './importTypes';
export type {
  BlobImportFile,
  BlobImportInput,
  ImportRequest,
  ImportWorkerMessage,
  WorkerImportInput,
} from './importWorkerProtocol';
export { readFileAsText, type ReadFileOptions, type TextSource } from './readFileAsText';
