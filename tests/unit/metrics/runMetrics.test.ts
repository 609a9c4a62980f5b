// Unit tests of runMetrics: main thread for small graphs, a (stand-in) worker for large ones, abort handling.
import { describe, expect, it, vi } from 'vitest';
import { runMetrics, type MetricsWorkerLike } from '../../../src/data/runMetrics';
import { computeMetrics } from '../../../src/model/metrics/registry';
import {
  handleMetricsRequest,
  type MetricsWorkerRequest,
  type MetricsWorkerResponse,
} from '../../../src/model/metrics/workerProtocol';
import { makeTinyGraph } from '../helpers/tinyGraph';

/** A worker stand-in that answers with the real handler on the next tick (or never, when `silent`). */
function makeFakeWorker(silent = false) {
  const worker: MetricsWorkerLike & { requests: MetricsWorkerRequest[]; terminated: boolean } = {
    onmessage: null,
    onerror: null,
    requests: [],
    terminated: false,
    postMessage(message) {
      worker.requests.push(message);
      if (silent) return;
      setTimeout(() => {
        const data = handleMetricsRequest(message);
        worker.onmessage?.({ data } as MessageEvent<MetricsWorkerResponse>);
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('runMetrics', () => {
  it('computes small graphs on the main thread', async () => {
    const graph = makeTinyGraph();
    const createWorker = vi.fn(() => makeFakeWorker());
    const results = await runMetrics(graph, ['degree', 'louvain'], { createWorker });
    expect(results).toEqual(computeMetrics(graph, ['degree', 'louvain']));
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('sends graphs above the threshold to a worker, then terminates it', async () => {
    const graph = makeTinyGraph();
    const worker = makeFakeWorker();
    const results = await runMetrics(graph, ['betweenness'], {
      inWorkerAbove: 3,
      createWorker: () => worker,
    });
    expect(results).toEqual(computeMetrics(graph, ['betweenness']));
    expect(worker.requests[0]?.metrics).toEqual(['betweenness']);
    expect(worker.requests[0]?.graph.nodes).toHaveLength(graph.order);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with an AbortError and terminates the worker when aborted', async () => {
    const worker = makeFakeWorker(true);
    const controller = new AbortController();
    const promise = runMetrics(makeTinyGraph(), ['degree'], {
      inWorkerAbove: 0,
      createWorker: () => worker,
      signal: controller.signal,
    });
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('rejects at once when the signal is already aborted, and on the main thread too', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runMetrics(makeTinyGraph(), ['degree'], { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    const later = new AbortController();
    const promise = runMetrics(makeTinyGraph(), ['degree'], { signal: later.signal });
    later.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects when the worker reports an error', async () => {
    const worker = makeFakeWorker();
    worker.postMessage = (message) =>
      setTimeout(() =>
        worker.onmessage?.({ data: { id: message.id, ok: false, error: 'boom' } } as MessageEvent),
      );
    await expect(
      runMetrics(makeTinyGraph(), ['degree'], { inWorkerAbove: 0, createWorker: () => worker }),
    ).rejects.toThrow(/boom/);
  });
});
