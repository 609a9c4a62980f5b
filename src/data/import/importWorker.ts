// Web Worker entry for imports: runs importGraph off the main thread (streaming XML readers need no DOMParser).
import { handleImportRequest } from './importWorkerHandler';
import type { ImportRequest, ImportWorkerMessage } from './importWorkerProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handleImportRequest(event.data, (message) => scope.postMessage(message));
};
