// Runs structural metrics on the main thread for small graphs, in a Web Worker for large ones; abortable.
import type Graph from 'graphology';
import { computeMetrics, resolveMetricOptions } from '../model/metrics/registry';
import type { MetricId, MetricResults } from '../model/metrics/types';
import {
  exportTopology,
  type MetricsWorkerRequest,
  type MetricsWorkerResponse,
} from '../model/metrics/workerProtocol';

/** Graphs with more nodes than this are computed in a worker, off the main thread. */
export const DEFAULT_IN_WORKER_ABOVE = 5000;

/** The part of a Worker that runMetrics uses (a test can pass a stand-in). */
export interface MetricsWorkerLike {
  onmessage: ((event: MessageEvent<MetricsWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: MetricsWorkerRequest): void;
  terminate(): void;
}

export interface RunMetricsOptions {
  signal?: AbortSignal;
  /** Node count above which the worker is used (default 5000). */
  inWorkerAbove?: number;
  /** Creates the worker (default: the bundled metricsWorker.ts as a module worker). */
  createWorker?: () => MetricsWorkerLike;
  /**
   * The edge attribute weighted degree and Louvain read: a name (e.g. one the user chose), null for none, or
   * undefined (default) for the graph's own "weight" attribute when it has one.
   */
  weightAttribute?: string | null;
}

export function createMetricsWorker(): MetricsWorkerLike {
  return new Worker(new URL('./metricsWorker.ts', import.meta.url), { type: 'module' });
}

let nextRequestId = 1;

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Metrics computation aborted', 'AbortError');
}

function computeOnMainThread(
  graph: Graph,
  ids: readonly MetricId[],
  weightAttribute: string | null,
  signal?: AbortSignal,
): Promise<MetricResults> {
  return new Promise((resolve, reject) => {
    // Yield once so that the caller can render its "computing" state before the synchronous work.
    setTimeout(() => {
      if (signal?.aborted) return reject(abortReason(signal));
      try {
        resolve(computeMetrics(graph, ids, { weightAttribute }));
      } catch (error) {
        reject(error);
      }
    }, 0);
  });
}

function computeInWorker(
  graph: Graph,
  ids: readonly MetricId[],
  weightAttribute: string | null,
  createWorker: () => MetricsWorkerLike,
  signal?: AbortSignal,
): Promise<MetricResults> {
  return new Promise((resolve, reject) => {
    const worker = createWorker();
    const id = nextRequestId++;
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(abortReason(signal as AbortSignal));
    };
    worker.onmessage = (event) => {
      const response = event.data;
      if (response.id !== id) return;
      finish();
      if (response.ok) resolve(response.results);
      else reject(new Error(`data/runMetrics: ${response.error}`));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`data/runMetrics: worker failed: ${event.message}`));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const topology = exportTopology(graph, weightAttribute ?? undefined);
    worker.postMessage({ id, graph: topology, metrics: [...ids], weightAttribute });
  });
}

/**
 * Computes the metrics `ids` of `graph`. Graphs of more than `inWorkerAbove` nodes go to a Web Worker (the graph's
 * structure is posted, with edge weights if any, other attributes left out); smaller ones are computed on the main
 * thread after yielding once. The weight attribute is resolved here (see RunMetricsOptions.weightAttribute).
 * Rejects with the signal's reason (an AbortError by default) when aborted; the worker is then terminated.
 */
export function runMetrics(
  graph: Graph,
  ids: readonly MetricId[],
  options: RunMetricsOptions = {},
): Promise<MetricResults> {
  const { signal, inWorkerAbove = DEFAULT_IN_WORKER_ABOVE, createWorker = createMetricsWorker } = options;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const { weightAttribute = null } = resolveMetricOptions(graph, {
    weightAttribute: options.weightAttribute,
  });
  return graph.order > inWorkerAbove
    ? computeInWorker(graph, ids, weightAttribute, createWorker, signal)
    : computeOnMainThread(graph, ids, weightAttribute, signal);
}
