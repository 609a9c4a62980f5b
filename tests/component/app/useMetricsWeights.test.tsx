// useMetrics with weights: the chosen weight attribute reaches the runner, and results of other weights are dropped.
import { act, renderHook } from '@testing-library/react';
import Graph from 'graphology';
import { describe, expect, it, vi } from 'vitest';
import { useMetrics, type MetricsRunner } from '../../../src/app/useMetrics';

const graph = new Graph();
graph.addNode('a');
graph.addNode('b');
graph.addEdge('a', 'b', { Strength: 3 });

describe('useMetrics with weights', () => {
  it('passes the weight attribute on, and starts afresh when it changes', async () => {
    const run = vi.fn<MetricsRunner>((_graph, _ids, { weightAttribute }) =>
      Promise.resolve({ weightedDegree: { a: weightAttribute ? 3 : 1, b: weightAttribute ? 3 : 1 } }),
    );
    const { result, rerender } = renderHook(({ weights }) => useMetrics(graph, run, weights), {
      initialProps: { weights: null as string | null },
    });
    await act(async () => result.current.compute(['weightedDegree']));
    expect(result.current.results.weightedDegree).toEqual({ a: 1, b: 1 });
    expect(run).toHaveBeenLastCalledWith(
      graph,
      ['weightedDegree'],
      expect.objectContaining({ weightAttribute: null }),
    );

    rerender({ weights: 'Strength' });
    expect(result.current).toMatchObject({ status: 'idle', results: {} });
    await act(async () => result.current.compute(['weightedDegree']));
    expect(run).toHaveBeenLastCalledWith(
      graph,
      ['weightedDegree'],
      expect.objectContaining({ weightAttribute: 'Strength' }),
    );
    expect(result.current).toMatchObject({ status: 'ready', results: { weightedDegree: { a: 3, b: 3 } } });
  });
});
