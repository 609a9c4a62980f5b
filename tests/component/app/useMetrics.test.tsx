// useMetrics: computes on request, keeps results, and after a failure waits (status 'failed') instead of retrying.
import { act, renderHook, waitFor } from '@testing-library/react';
import Graph from 'graphology';
import { describe, expect, it, vi } from 'vitest';
import { useMetrics, type MetricsRunner } from '../../../src/app/useMetrics';
import type { MetricResults } from '../../../src/model/metrics/types';

const graph = new Graph();
graph.addNode('a');
graph.addNode('b');
graph.addEdge('a', 'b');

describe('useMetrics', () => {
  it('is idle until asked, then computing, then ready with the results', async () => {
    let finish: (value: MetricResults) => void = () => undefined;
    const run = vi.fn<MetricsRunner>(() => new Promise((resolve) => (finish = resolve)));
    const { result } = renderHook(() => useMetrics(graph, run));
    expect(result.current.status).toBe('idle');
    act(() => result.current.compute(['pagerank']));
    expect(result.current.status).toBe('computing');
    expect(run).toHaveBeenCalledWith(
      graph,
      ['pagerank'],
      expect.objectContaining({ signal: expect.anything() }),
    );
    await act(async () => finish({ pagerank: { a: 0.5, b: 0.5 } }));
    expect(result.current).toMatchObject({ status: 'ready', error: null, results: { pagerank: { a: 0.5 } } });
  });

  it('reports a failure as "failed" with its message, and computes again only when asked', async () => {
    const run = vi.fn<MetricsRunner>(() => Promise.reject(new Error('worker failed: out of memory')));
    const { result } = renderHook(() => useMetrics(graph, run));
    act(() => result.current.compute(['louvain']));
    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(result.current.error).toBe('worker failed: out of memory');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(run).toHaveBeenCalledTimes(1);
    act(() => result.current.compute(['louvain']));
    expect(result.current).toMatchObject({ status: 'computing', error: null });
    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('keeps the results of earlier computations, and ignores a computation superseded by a newer one', async () => {
    const pending: ((value: MetricResults) => void)[] = [];
    const run = vi.fn<MetricsRunner>(() => new Promise((resolve) => pending.push(resolve)));
    const { result } = renderHook(() => useMetrics(graph, run));
    act(() => result.current.compute(['degree']));
    act(() => result.current.compute(['pagerank']));
    const signals = vi.mocked(run).mock.calls.map(([, , options]) => options.signal);
    expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);
    await act(async () => pending[0]!({ degree: { a: 1 } }));
    expect(result.current.status).toBe('computing');
    await act(async () => pending[1]!({ pagerank: { a: 1 } }));
    expect(result.current.results).toEqual({ pagerank: { a: 1 } });
  });

  it('aborts a running computation when the graph goes away', () => {
    const run = vi.fn<MetricsRunner>(() => new Promise(() => undefined));
    const { result, unmount } = renderHook(() => useMetrics(graph, run));
    act(() => result.current.compute(['betweenness']));
    unmount();
    expect(vi.mocked(run).mock.calls[0]![2].signal.aborted).toBe(true);
  });
});
