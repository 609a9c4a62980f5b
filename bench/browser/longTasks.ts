// Reads the probe's main-thread long tasks and sums up those of a graph's opening: the longest, and how many froze.
import type { Page } from 'playwright-core';
import type { ProbeLongTask, ProbeWindow } from './probeTypes';

/** A task longer than this freezes the UI noticeably: the product's "never freezes while a file opens" bar. */
export const FREEZE_MS = 200;
/** Why the long-task rows are n/a. */
export const NO_LONGTASK = 'no longtask entries in this Chromium';

export interface LongTaskSummary {
  /** The longest task's duration in ms; 0 when no task reached the API's 50 ms threshold. */
  longestTask: number;
  /** How many tasks ran longer than FREEZE_MS. */
  tasksOverFreeze: number;
}

/**
 * The long tasks that started between navigation and `until` (ms since navigation start), or null when this
 * Chromium reports no `longtask` entries. Takes the observer's undelivered records first, so none is missed.
 */
export async function readLongTasks(page: Page, until: number): Promise<LongTaskSummary | null> {
  const tasks = await page.evaluate((): ProbeLongTask[] | null => {
    const probeWindow = window as unknown as ProbeWindow;
    const recorded = probeWindow.__bench.longTasks;
    if (recorded === null) return null;
    for (const entry of probeWindow.__benchLongTasks?.takeRecords() ?? []) {
      recorded.push({ start: entry.startTime, duration: entry.duration });
    }
    return recorded;
  });
  if (tasks === null) return null;
  const opening = tasks.filter((task) => task.start <= until);
  return {
    longestTask: opening.reduce((longest, task) => Math.max(longest, task.duration), 0),
    tasksOverFreeze: opening.filter((task) => task.duration > FREEZE_MS).length,
  };
}
