// Messages between importInWorker (main thread) and the import worker.
import type { GraphPart } from '../graphParts';
import type { GraphImportErrorData } from './GraphImportError';
import type {
  ImportChoices,
  ImportFile,
  ImportInput,
  ImportLimits,
  ImportOrigin,
  ImportProgress,
  ImportResult,
} from './importTypes';

/** A file still to be read — posting a File/Blob to a worker is cheap, posting a 200 MB string copies it. */
export interface BlobImportFile {
  name: string;
  file: Blob;
}

export interface BlobImportInput extends BlobImportFile {
  nodesCsv?: BlobImportFile | ImportFile;
  origin?: ImportOrigin;
}

export type WorkerImportInput = ImportInput | BlobImportInput;

export interface ImportRequest {
  input: WorkerImportInput;
  limits?: Partial<ImportLimits>;
  choices?: ImportChoices;
}

/**
 * Before a successful outcome the worker posts the graph in parts (options first, then nodes, then edges), and
 * the outcome's `serialized` holds no nodes or edges: the main thread reads and adds one part per task.
 */
export type ImportWorkerMessage =
  | { progress: ImportProgress }
  | { part: GraphPart; total: number }
  | { ok: true; result: ImportResult }
  | { ok: false; error: GraphImportErrorData };
