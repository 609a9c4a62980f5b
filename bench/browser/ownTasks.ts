// The page's own main-thread work while a graph opens: each task of a Chrome trace less the compositor's frame
// readback in it (GLES2::ReadPixels: without a GPU, Chromium waits for SwiftShader to finish each WebGL frame).
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Trace categories: the tasks DevTools shows, and the GPU client calls that hold the readback. */
const CATEGORIES = 'toplevel,disabled-by-default-devtools.timeline,gpu';

export interface OwnTaskSummary {
  /** The longest task's duration less its frame readback, in ms. */
  longestOwnTask: number;
}

/** A task as DevTools shows it (a scheduler task, or a microtask checkpoint run outside one). */
const isTask = (event: TraceEvent) => event.name === 'RunTask' && event.cat.includes('devtools.timeline');

/**
 * Own time of the tasks on the page's main thread (the renderer thread with the most task time) that started
 * within `untilMs` of the first one: duration less the readbacks inside it.
 */
export function summariseOwnTasks(events: readonly TraceEvent[], untilMs: number): OwnTaskSummary | null {
  const mains = events.filter(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  const threadKey = (event: { pid: number; tid: number }) => `${event.pid}:${event.tid}`;
  const mainKeys = new Set(mains.map(threadKey));
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || !mainKeys.has(threadKey(event))) continue;
    const list = byThread.get(threadKey(event)) ?? [];
    list.push(event);
    byThread.set(threadKey(event), list);
  }
  const taskTime = (list: TraceEvent[]) =>
    list.filter(isTask).reduce((sum, task) => sum + (task.dur ?? 0), 0);
  const thread = [...byThread.values()].sort((a, b) => taskTime(b) - taskTime(a))[0];
  if (!thread) return null;
  const tasks = thread.filter(isTask).sort((a, b) => a.ts - b.ts);
  const readbacks = thread.filter((event) => event.name === 'GLES2::ReadPixels');
  if (tasks.length === 0) return null;
  const start = tasks[0]!.ts;
  let longestOwnTask = 0;
  for (const task of tasks) {
    if ((task.ts - start) / 1000 > untilMs) break;
    const end = task.ts + (task.dur ?? 0);
    const readback = readbacks
      .filter((event) => event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end)
      .reduce((sum, event) => sum + (event.dur ?? 0), 0);
    longestOwnTask = Math.max(longestOwnTask, ((task.dur ?? 0) - readback) / 1000);
  }
  return { longestOwnTask };
}

/** Starts a trace; `stop` ends it and sums up the tasks until `untilMs` (ms after the page's first task). */
export async function startOwnTaskTrace(
  cdp: CDPSession,
): Promise<{ stop(untilMs: number): Promise<OwnTaskSummary | null> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => {
    events.push(...(message.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop(untilMs) {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      return summariseOwnTasks(events, untilMs);
    },
  };
}
