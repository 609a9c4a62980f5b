// An import "worker" that runs on the page's own thread: for small files, which it reads in one short task without
// starting a worker or copying the graph between threads. It speaks the worker's protocol, so importInWorker uses
// either one the same way.
import type { ImportWorkerLike } from './importInWorker';
import type { ImportRequest, ImportWorkerMessage } from './importWorkerProtocol';

/** The importers, loaded with the first small file (not with the page). */
const loadImporters = () => import('./importWorkerHandler');

/** Starts loading the importers now, while the file itself is still downloading. */
export function preloadInlineImporters(): void {
  void loadImporters().catch(() => undefined);
}

export function createInlineImportWorker(): ImportWorkerLike {
  let stopped = false;
  const worker: ImportWorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(request: ImportRequest) {
      const deliver = (message: ImportWorkerMessage) => {
        if (!stopped) worker.onmessage?.({ data: message } as MessageEvent);
      };
      loadImporters()
        .then(({ handleImportRequest }) => handleImportRequest({ ...request, onPageThread: true }, deliver))
        .catch((error: unknown) => {
          if (stopped) return;
          const message = error instanceof Error ? error.message : String(error);
          worker.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
        });
    },
    terminate() {
      stopped = true;
    },
  };
  return worker;
}
