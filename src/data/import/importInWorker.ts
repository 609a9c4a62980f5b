// Runs an import in a Web Worker and builds the graph from its parts: progress, abort, GraphImportError on failure.
import type Graph from 'graphology';
import { createGraphAssembler } from '../graphAssembler';
import { splitGraph, type GraphPart } from '../graphParts';
import { formatFromFileName } from './detectFormat';
import { GraphImportError, makeGraphImportError } from './GraphImportError';
import type { ImportChoices, ImportLimits, ImportProgress, ImportResult } from './importTypes';
import type { ImportRequest, ImportWorkerMessage, WorkerImportInput } from './importWorkerProtocol';

/** The part of the Worker interface importInWorker uses (tests pass a fake). */
export interface ImportWorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: ImportRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

export interface ImportInWorkerOptions extends ImportChoices {
  limits?: Partial<ImportLimits>;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Defaults to the Vite-bundled importWorker.ts. */
  createWorker?: () => ImportWorkerLike;
}

export function createImportWorker(): ImportWorkerLike {
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
}

export function makeImportAbortError(): DOMException {
  return new DOMException('The import was cancelled', 'AbortError');
}

/** What importInWorker resolves with: the import's report and the graph built on this thread. */
export interface ImportedGraph extends Omit<ImportResult, 'serialized'> {
  graph: Graph;
}

/**
 * Imports in a worker; resolves with the graph, rejects with GraphImportError (or an AbortError DOMException).
 * The graph arrives in parts, each read and added in its own task, so even a 250k-edge file never blocks the
 * page for long here.
 */
export function importInWorker(
  input: WorkerImportInput,
  options: ImportInWorkerOptions = {},
): Promise<ImportedGraph> {
  const { signal, onProgress } = options;
  const format = formatFromFileName(input.name) ?? 'unknown';
  return new Promise<ImportedGraph>((resolve, reject) => {
    if (signal?.aborted) {
      reject(makeImportAbortError());
      return;
    }
    let worker: ImportWorkerLike;
    try {
      worker = (options.createWorker ?? createImportWorker)();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      reject(new GraphImportError(`Could not start the import worker: ${detail}`, format));
      return;
    }
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(makeImportAbortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    let assembler = createGraphAssembler();
    /** The last share built that was reported, or -1 before the first part. */
    let reported = -1;
    /** Adds a part to the graph; on failure, stops the worker, rejects, and returns false. */
    const added = (part: GraphPart) => {
      try {
        assembler.add(part);
        return true;
      } catch (error) {
        finish();
        const detail = error instanceof Error ? error.message : String(error);
        reject(new GraphImportError(`The graph could not be built: ${detail}`, format));
        return false;
      }
    };
    worker.onmessage = (event) => {
      const message = event.data as ImportWorkerMessage;
      if ('progress' in message) {
        // Once parts arrive, the share built is the progress (a GEXF file is still read meanwhile).
        if (reported < 0) onProgress?.(message.progress);
        return;
      }
      if ('restart' in message) {
        // The worker reads the file again, whole: the graph starts again from its first part.
        assembler = createGraphAssembler();
        reported = -1;
        return;
      }
      if ('part' in message) {
        if (!added(message.part)) return;
        // The total is an estimate while a GEXF file streams in: never past 100%.
        const percent =
          message.total > 0 ? Math.min(100, Math.floor((100 * assembler.added) / message.total)) : 100;
        if (percent !== reported) onProgress?.({ stage: 'building', fraction: percent / 100 });
        reported = percent;
        return;
      }
      if (!message.ok) {
        finish();
        reject(makeGraphImportError(message.error));
        return;
      }
      const { serialized, ...report } = message.result;
      // Normally empty by now (the parts came first); a worker that sends the graph whole is read the same way.
      for (const part of splitGraph(serialized, Number.POSITIVE_INFINITY)) if (!added(part)) return;
      finish();
      resolve({ ...report, graph: assembler.graph });
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish();
      reject(new GraphImportError(`The import worker failed: ${event.message || 'unknown error'}`, format));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new GraphImportError('The import worker sent a message that could not be read', format));
    };
    const request: ImportRequest = { input };
    if (options.limits) request.limits = options.limits;
    const choices: ImportChoices = {};
    if (options.missingNodes) choices.missingNodes = options.missingNodes;
    if (options.csvColumns) choices.csvColumns = { ...options.csvColumns };
    if (Object.keys(choices).length > 0) request.choices = choices;
    // Downloaded bytes move to the worker instead of being copied.
    worker.postMessage(request, 'bytes' in input ? [input.bytes] : []);
  });
}
