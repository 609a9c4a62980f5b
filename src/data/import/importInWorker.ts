// Runs an import in a Web Worker: progress callbacks, abort (terminates the worker), GraphImportError on failure.
import { formatFromFileName } from './detectFormat';
import { GraphImportError, makeGraphImportError } from './GraphImportError';
import type { ImportLimits, ImportProgress, ImportResult } from './importTypes';
import type { ImportRequest, ImportWorkerMessage, WorkerImportInput } from './importWorkerProtocol';

/** The part of the Worker interface importInWorker uses (tests pass a fake). */
export interface ImportWorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: ImportRequest): void;
  terminate(): void;
}

export interface ImportInWorkerOptions {
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

/** Imports in a worker; resolves with the ImportResult, rejects with GraphImportError (or an AbortError DOMException). */
export function importInWorker(
  input: WorkerImportInput,
  options: ImportInWorkerOptions = {},
): Promise<ImportResult> {
  const { signal, onProgress } = options;
  const format = formatFromFileName(input.name) ?? 'unknown';
  return new Promise<ImportResult>((resolve, reject) => {
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
    worker.onmessage = (event) => {
      const message = event.data as ImportWorkerMessage;
      if ('progress' in message) {
        onProgress?.(message.progress);
        return;
      }
      finish();
      if (message.ok) resolve(message.result);
      else reject(makeGraphImportError(message.error));
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
    worker.postMessage(request);
  });
}
