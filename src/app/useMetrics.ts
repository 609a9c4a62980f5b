// On-demand structural metrics for the loaded graph: status, results so far, and a compute function.
import type Graph from 'graphology';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MetricId, MetricResults } from '../model/metrics/types';
import type { MetricsStatus } from '../state/metricsStatus';

export interface MetricsState {
  status: MetricsStatus;
  results: MetricResults;
  /** Why the last computation failed (status 'failed'). */
  error: string | null;
  compute(ids: readonly MetricId[]): void;
}

/** Runs the metrics; the default loads data/runMetrics (graphology-metrics, Louvain) on first use. */
export type MetricsRunner = (
  graph: Graph,
  ids: readonly MetricId[],
  options: { signal: AbortSignal },
) => Promise<MetricResults>;

const runInBackground: MetricsRunner = (graph, ids, options) =>
  import('../data/runMetrics').then(({ runMetrics }) => runMetrics(graph, ids, options));

export function useMetrics(graph: Graph, run: MetricsRunner = runInBackground): MetricsState {
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
      run(graph, ids, { signal: current.signal }).then(
        (results) => {
          if (!current.signal.aborted)
            setState((s) => ({ status: 'ready', results: { ...s.results, ...results }, error: null }));
        },
        (error: unknown) => {
          if (current.signal.aborted) return;
          setState((s) => ({
            ...s,
            status: 'failed',
            error: error instanceof Error ? error.message : String(error),
          }));
        },
      );
    },
    [graph, run],
  );
  return { ...state, compute };
}
