// On-demand structural metrics for the loaded graph: status, results so far, and a compute function.
import type Graph from 'graphology';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MetricId, MetricResults } from '../model/metrics/types';

export type MetricsStatus = 'idle' | 'computing' | 'ready';

export interface MetricsState {
  status: MetricsStatus;
  results: MetricResults;
  error: string | null;
  compute(ids: readonly MetricId[]): void;
}

export function useMetrics(graph: Graph): MetricsState {
  const [state, setState] = useState<Omit<MetricsState, 'compute'>>({
    status: 'idle',
    results: {},
    error: null,
  });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const compute = useCallback(
    (ids: readonly MetricId[]) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState((s) => ({ ...s, status: 'computing', error: null }));
      // The metrics code (graphology-metrics, Louvain) is loaded on first use.
      import('../data/runMetrics')
        .then(({ runMetrics }) => runMetrics(graph, ids, { signal: current.signal }))
        .then(
          (results) => {
            if (!current.signal.aborted)
              setState((s) => ({ status: 'ready', results: { ...s.results, ...results }, error: null }));
          },
          (error: unknown) => {
            if (current.signal.aborted) return;
            setState((s) => ({
              ...s,
              status: 'idle',
              error: error instanceof Error ? error.message : String(error),
            }));
          },
        );
    },
    [graph],
  );
  return { ...state, compute };
}
