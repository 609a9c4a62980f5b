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

/**
 * A download already in memory: its bytes are transferred to the worker (not copied) and decoded there. Reading a
 * downloaded Blob back costs a round trip through the browser process; an ArrayBuffer does not.
 */
export interface BytesImportFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface BlobImportInput extends BlobImportFile {
  nodesCsv?: BlobImportFile | ImportFile;
  origin?: ImportOrigin;
}

export interface BytesImportInput extends BytesImportFile {
  origin?: ImportOrigin;
}

export type WorkerImportInput = ImportInput | BlobImportInput | BytesImportInput;

export interface ImportRequest {
  input: WorkerImportInput;
  limits?: Partial<ImportLimits>;
  choices?: ImportChoices;
  /**
   * The request runs on the page's own thread (a file up to a few MB): a GEXF file over
   * PAGE_THREAD_GEXF_STREAM_MAX_CHARS is then read whole before its parts go out (importWorkerHandler.ts).
   */
  onPageThread?: boolean;
}

/**
 * Before a successful outcome the worker posts the graph in parts (options first, then nodes, then edges), and
 * the outcome's `serialized` holds no nodes or edges: the main thread reads and adds one part per task. `total` is
 * how many nodes and edges the parts hold (an estimate while a GEXF file is read). `restart` voids the parts posted
 * so far: the worker reads the file again, whole, and posts it from the first part.
 */
export type ImportWorkerMessage =
  | { progress: ImportProgress }
  | { part: GraphPart; total: number }
  | { restart: true }
  | { ok: true; result: ImportResult }
  | { ok: false; error: GraphImportErrorData };
