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
  options: { signal: AbortSignal; weightAttribute?: string | null },
) => Promise<MetricResults>;

const runInBackground: MetricsRunner = (graph, ids, options) =>
  import('../data/runMetrics').then(({ runMetrics }) => runMetrics(graph, ids, options));

const IDLE: Omit<MetricsState, 'compute'> = { status: 'idle', results: {}, error: null };

/**
 * `weightAttribute` is the edge attribute the weighted metrics read (null: none; undefined: the graph's own
 * "weight"); results computed with another one are dropped when it changes.
 */
export function useMetrics(
  graph: Graph,
  run: MetricsRunner = runInBackground,
  weightAttribute?: string | null,
): MetricsState {
  const [held, setState] = useState({ ...IDLE, weightAttribute });
  // Results (and a computation's status) belong to the weights they were computed with.
  const state = held.weightAttribute === weightAttribute ? held : IDLE;
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const compute = useCallback(
    (ids: readonly MetricId[]) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      const same = (s: typeof held) =>
        s.weightAttribute === weightAttribute ? s : { ...IDLE, weightAttribute };
      setState((s) => ({ ...same(s), status: 'computing', error: null }));
      run(graph, ids, { signal: current.signal, weightAttribute }).then(
        (results) => {
          if (!current.signal.aborted)
            setState((s) => ({
              status: 'ready',
              results: { ...same(s).results, ...results },
              error: null,
              weightAttribute,
            }));
        },
        (error: unknown) => {
          if (current.signal.aborted) return;
          setState((s) => ({
            ...same(s),
            status: 'failed',
            error: error instanceof Error ? error.message : String(error),
          }));
        },
      );
    },
    [graph, run, weightAttribute],
  );
  return { status: state.status, results: state.results, error: state.error, compute };
}
