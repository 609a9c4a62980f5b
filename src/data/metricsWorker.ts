// Web Worker entry: rebuilds the posted serialized graph, computes the requested metrics and posts the results back.
import {
  handleMetricsRequest,
  type MetricsWorkerRequest,
  type MetricsWorkerResponse,
} from '../model/metrics/workerProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<MetricsWorkerRequest>) => void) | null;
  postMessage(message: MetricsWorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => scope.postMessage(handleMetricsRequest(event.data));
