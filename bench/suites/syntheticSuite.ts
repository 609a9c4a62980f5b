// Suite "synthetic": generated graphs opened in the app via ?graph= (GEXF and JSON) and in the baseline (JSON).
import {
  LONGEST_TASK_BUDGET,
  OWN_TASK_BUDGET,
  SYNTHETIC_FIRST_DRAW_BUDGETS,
  SYNTHETIC_HEAP_BUDGET,
  TASK_BUDGET_SIZE,
} from '../budgets';
import { NO_LONGTASK } from '../browser/longTasks';
import { measureLoad, type LoadOutcome, type LoadResult } from '../browser/measureLoad';
import { APP_PATH, BASELINE_PATH, BENCH_DATA_PATH } from '../paths';
import {
  SYNTHETIC_FORMATS,
  syntheticFileName,
  type SyntheticFormat,
  type SyntheticSpec,
} from '../synthetic/specs';
import type { WrittenGraph } from '../synthetic/writeData';
import type { Budget, Measurement, Unit } from '../types';
import { rowFromRuns } from './rowFromRuns';

/** Generous: GEXF parsing and the first draw of 250k edges on a software rasteriser take a while. */
export const SYNTHETIC_TIMEOUT_MS: Record<SyntheticSpec['id'], number> = {
  '1k': 30_000,
  '10k': 60_000,
  '50k': 120_000,
};

export const dataUrl = (baseURL: string, spec: SyntheticSpec, format: SyntheticFormat) =>
  new URL(BENCH_DATA_PATH + syntheticFileName(spec, format), baseURL).href;

export const withGraphParam = (pageUrl: string, graphUrl: string) =>
  `${pageUrl}?${new URLSearchParams({ graph: graphUrl })}`;

const METRICS: {
  metric: string;
  unit: Unit;
  pick(result: LoadResult): number | null;
  /** A count, not a time: no ratio to the baseline. */
  noRatio?: true;
}[] = [
  { metric: 'fetched', unit: 'ms', pick: (r) => r.fetched },
  {
    metric: 'parse',
    unit: 'ms',
    pick: (r) => (r.parsed !== null && r.fetched !== null ? r.parsed - r.fetched : null),
  },
  { metric: 'first-draw', unit: 'ms', pick: (r) => r.firstDraw },
  { metric: 'first-draw-done', unit: 'ms', pick: (r) => r.firstDrawDone },
  { metric: 'settled-draw', unit: 'ms', pick: (r) => r.settledDraw },
  { metric: 'heap', unit: 'MB', pick: (r) => r.heapMB },
  { metric: 'longest-task', unit: 'ms', pick: (r) => r.longestTask },
  { metric: 'tasks-over-200ms', unit: 'count', pick: (r) => r.tasksOver200ms, noRatio: true },
];

const absentReason = (metric: string) => {
  if (metric === 'fetched' || metric === 'parse') return 'no graph:fetched/graph:parsed marks';
  if (metric === 'longest-task' || metric === 'tasks-over-200ms') return NO_LONGTASK;
  return 'not recorded';
};

function rowsFor(
  prefix: string,
  outcomes: LoadOutcome[],
  baselinePrefix?: string,
  budgets: Partial<Record<string, Budget>> = {},
): Measurement[] {
  return METRICS.map(({ metric, unit, pick, noRatio }) => {
    const extra: Partial<Measurement> =
      baselinePrefix && !noRatio ? { baseline: `${baselinePrefix}/${metric}` } : {};
    const budget = budgets[metric];
    if (budget) extra.budget = budget;
    return rowFromRuns(`${prefix}/${metric}`, unit, outcomes, pick, { absent: absentReason(metric), extra });
  });
}

export async function runSyntheticSuite(
  baseURL: string,
  graphs: readonly WrittenGraph[],
  runs: number,
  log: (line: string) => void,
): Promise<Measurement[]> {
  const rows: Measurement[] = [];
  /** Formats the app turned out not to open through ?graph= (it never requested the file). */
  const unsupported = new Map<SyntheticFormat, LoadOutcome>();
  for (const { spec, nodes } of graphs) {
    const timeoutMs = SYNTHETIC_TIMEOUT_MS[spec.id];
    const baseline: LoadOutcome[] = [];
    const app = new Map<SyntheticFormat, LoadOutcome[]>(SYNTHETIC_FORMATS.map((format) => [format, []]));
    // One load of each page: the baseline, then the app with each format.
    const loadEach = async (traceOwnTasks: boolean) => {
      const baselineUrl = withGraphParam(
        new URL(BASELINE_PATH, baseURL).href,
        dataUrl(baseURL, spec, 'json'),
      );
      const loads = {
        baseline: await measureLoad({ url: baselineUrl, expectedNodes: nodes, timeoutMs, traceOwnTasks }),
        app: new Map<SyntheticFormat, LoadOutcome>(),
      };
      for (const format of SYNTHETIC_FORMATS) {
        const known = unsupported.get(format);
        if (known) {
          loads.app.set(format, known);
          continue;
        }
        const graphUrl = dataUrl(baseURL, spec, format);
        const url = withGraphParam(new URL(APP_PATH, baseURL).href, graphUrl);
        const outcome = await measureLoad({ url, expectedNodes: nodes, timeoutMs, graphUrl, traceOwnTasks });
        if (!outcome.ok && outcome.unsupported) unsupported.set(format, outcome);
        loads.app.set(format, outcome);
      }
      return loads;
    };
    // Every size takes every run: with 3 runs at 50k, one slow load of either page moved the ratio past its budget
    // and back from one bench run to the next (the bare page's median ranged 3.9–5.2 s in one day).
    for (let run = 1; run <= runs; run++) {
      log(`synthetic ${spec.id}: run ${run}/${runs}`);
      const loads = await loadEach(false);
      baseline.push(loads.baseline);
      for (const format of SYNTHETIC_FORMATS) app.get(format)!.push(loads.app.get(format)!);
    }
    // The own-task budget's size gets one more load of each page, traced: the trace slows a page, so the other
    // rows come from untraced loads.
    const traced =
      spec.id === TASK_BUDGET_SIZE ? (log(`synthetic ${spec.id}: traced run`), await loadEach(true)) : null;
    const baselinePrefix = `synthetic-${spec.id}/baseline`;
    const ownRow = (prefix: string, outcome: LoadOutcome, extra: Partial<Measurement> = {}) =>
      rowFromRuns(`${prefix}/own-longest-task`, 'ms', [outcome], (r) => r.ownLongestTask, {
        absent: 'no trace',
        extra,
      });
    rows.push(...rowsFor(baselinePrefix, baseline));
    if (traced) rows.push(ownRow(baselinePrefix, traced.baseline));
    for (const format of SYNTHETIC_FORMATS) {
      const budgets: Partial<Record<string, Budget>> = { heap: SYNTHETIC_HEAP_BUDGET };
      const firstDraw = SYNTHETIC_FIRST_DRAW_BUDGETS[spec.id]?.[format];
      if (firstDraw) budgets['first-draw'] = firstDraw;
      if (spec.id === TASK_BUDGET_SIZE) budgets['longest-task'] = LONGEST_TASK_BUDGET;
      const prefix = `synthetic-${spec.id}/app-${format}`;
      rows.push(...rowsFor(prefix, app.get(format)!, baselinePrefix, budgets));
      if (traced)
        rows.push(
          ownRow(prefix, traced.app.get(format)!, {
            baseline: `${baselinePrefix}/own-longest-task`,
            budget: OWN_TASK_BUDGET,
          }),
        );
    }
  }
  return rows;
}
