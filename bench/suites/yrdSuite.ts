// Suite "yrd": the app's default dataset at `/` against the bare-sigma baseline on the same JSON.
import { YRD_FIRST_DRAW_BUDGET, YRD_HEAP_BUDGET } from '../budgets';
import { NO_LONGTASK } from '../browser/longTasks';
import { measureLoad, type LoadOutcome } from '../browser/measureLoad';
import { BASELINE_PATH } from '../paths';
import type { Measurement } from '../types';
import { yrdNodeCount } from '../yrdGraph';
import { rowFromRuns } from './rowFromRuns';

export const YRD_TIMEOUT_MS = 30_000;

export async function runYrdSuite(
  baseURL: string,
  runs: number,
  log: (line: string) => void,
): Promise<Measurement[]> {
  const expectedNodes = yrdNodeCount();
  const app: LoadOutcome[] = [];
  const baseline: LoadOutcome[] = [];
  // Interleaved, so that a noisy spell on the machine hits both sides alike.
  for (let run = 1; run <= runs; run++) {
    log(`yrd: run ${run}/${runs}`);
    app.push(
      await measureLoad({ url: baseURL, expectedNodes, timeoutMs: YRD_TIMEOUT_MS, waitForSearch: true }),
    );
    baseline.push(
      await measureLoad({
        url: new URL(BASELINE_PATH, baseURL).href,
        expectedNodes,
        timeoutMs: YRD_TIMEOUT_MS,
      }),
    );
  }
  const absent = 'not recorded';
  return [
    rowFromRuns('yrd/baseline/first-draw', 'ms', baseline, (r) => r.firstDraw, { absent }),
    rowFromRuns('yrd/baseline/first-draw-done', 'ms', baseline, (r) => r.firstDrawDone, { absent }),
    rowFromRuns('yrd/baseline/settled-draw', 'ms', baseline, (r) => r.settledDraw, { absent }),
    rowFromRuns('yrd/baseline/heap', 'MB', baseline, (r) => r.heapMB, { absent }),
    rowFromRuns('yrd/baseline/longest-task', 'ms', baseline, (r) => r.longestTask, { absent: NO_LONGTASK }),
    rowFromRuns('yrd/baseline/tasks-over-200ms', 'count', baseline, (r) => r.tasksOver200ms, {
      absent: NO_LONGTASK,
    }),
    rowFromRuns('yrd/app/first-draw', 'ms', app, (r) => r.firstDraw, {
      absent,
      extra: { baseline: 'yrd/baseline/first-draw', budget: YRD_FIRST_DRAW_BUDGET },
    }),
    rowFromRuns('yrd/app/first-draw-done', 'ms', app, (r) => r.firstDrawDone, {
      absent,
      extra: { baseline: 'yrd/baseline/first-draw-done' },
    }),
    rowFromRuns('yrd/app/settled-draw', 'ms', app, (r) => r.settledDraw, {
      absent,
      extra: { baseline: 'yrd/baseline/settled-draw' },
    }),
    rowFromRuns('yrd/app/search-ready', 'ms', app, (r) => r.searchReady, {
      absent: 'no enabled combobox named "Search" appeared',
    }),
    rowFromRuns('yrd/app/heap', 'MB', app, (r) => r.heapMB, {
      absent,
      extra: { baseline: 'yrd/baseline/heap', budget: YRD_HEAP_BUDGET },
    }),
    rowFromRuns('yrd/app/longest-task', 'ms', app, (r) => r.longestTask, {
      absent: NO_LONGTASK,
      extra: { baseline: 'yrd/baseline/longest-task' },
    }),
    rowFromRuns('yrd/app/tasks-over-200ms', 'count', app, (r) => r.tasksOver200ms, { absent: NO_LONGTASK }),
  ];
}
