// One cold page load in a fresh browser: first full draw, Search ready, graph marks and heap after GC.
import { openAndAwaitFirstDraw, type DrawFailure, type DrawTarget } from './awaitFirstDraw';
import { failureReason } from './failureReason';
import { heapAfterGcMB } from './heap';
import { readLongTasks } from './longTasks';
import { openProbedPage } from './openProbedPage';
import { startOwnTaskTrace } from './ownTasks';
import { readMark, readProbe, waitForQuietCanvas, waitForSearchReady } from './pageReads';

export interface LoadTarget extends DrawTarget {
  url: string;
  /** Also wait for the Search combobox. */
  waitForSearch?: boolean;
  /** Also record a Chrome trace, for the page's own longest task (`ownLongestTask`). */
  traceOwnTasks?: boolean;
}

export interface LoadResult {
  firstDraw: number;
  firstDrawDone: number | null;
  /** The last full draw before the canvas went quiet: the app restyles after its first frame. */
  settledDraw: number | null;
  searchReady: number | null;
  fetched: number | null;
  parsed: number | null;
  heapMB: number;
  /**
   * The longest main-thread task (ms) that started between navigation and the end of the load measurement (the
   * later of first-draw-done and settled-draw); 0 when none reached 50 ms; null when longtask is unsupported.
   */
  longestTask: number | null;
  /** How many of those tasks ran longer than 200 ms; null when longtask is unsupported. */
  tasksOver200ms: number | null;
  /**
   * The longest of those tasks less the compositor's frame readback in it (from a trace: see ownTasks.ts); null
   * when not traced.
   */
  ownLongestTask: number | null;
}

export type LoadOutcome = { ok: true; result: LoadResult } | DrawFailure;

export async function measureLoad(target: LoadTarget): Promise<LoadOutcome> {
  const probed = await openProbedPage(target.expectedNodes);
  try {
    const trace = target.traceOwnTasks ? await startOwnTaskTrace(probed.cdp) : null;
    const firstDraw = await openAndAwaitFirstDraw(probed, target.url, target);
    if (typeof firstDraw !== 'number') return firstDraw;
    const searchReady = target.waitForSearch ? await waitForSearchReady(probed.page, target.timeoutMs) : null;
    const fetched = await readMark(probed.page, 'graph:fetched');
    const parsed = await readMark(probed.page, 'graph:parsed');
    const settledDraw = await waitForQuietCanvas(probed.page);
    const { firstDrawDone } = await readProbe(probed.page);
    // Read before the forced GC, which must not count as part of the opening.
    const until = Math.max(firstDrawDone ?? firstDraw, settledDraw ?? 0);
    const longTasks = await readLongTasks(probed.page, until);
    const ownTasks = trace ? await trace.stop(until) : null;
    const heapMB = await heapAfterGcMB(probed.cdp);
    return {
      ok: true,
      result: {
        firstDraw,
        firstDrawDone,
        settledDraw,
        searchReady,
        fetched,
        parsed,
        heapMB,
        longestTask: longTasks?.longestTask ?? null,
        tasksOver200ms: longTasks?.tasksOverFreeze ?? null,
        ownLongestTask: ownTasks?.longestOwnTask ?? null,
      },
    };
  } catch (error) {
    return { ok: false, reason: failureReason(error), unsupported: false };
  } finally {
    await probed.close();
  }
}
