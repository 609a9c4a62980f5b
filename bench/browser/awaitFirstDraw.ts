// Waits for a page's first full draw; gives up early when a ?graph= page never even requests its graph.
import type { ProbedPage } from './openProbedPage';
import type { ProbeWindow } from './probeTypes';

export interface DrawTarget {
  expectedNodes: number;
  timeoutMs: number;
  /** Opening a graph through ?graph=: the data URL the page must request, or the app has no ?graph= yet. */
  graphUrl?: string;
}

export type DrawFailure = { ok: false; reason: string; unsupported: boolean };

/**
 * If the page has not requested the ?graph= URL this long after its load event, it never will; and a page that
 * threw an uncaught exception and still has not drawn this long after its load event is taken as broken.
 */
export const GRACE_MS = 5_000;
export const NO_GRAPH_PARAM = 'app has no ?graph= yet';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const requested = (requests: readonly string[], url: string) => {
  const wanted = new URL(url).pathname;
  return requests.some((request) => request.startsWith('http') && new URL(request).pathname === wanted);
};

/** Navigates to url, then returns the first full draw (ms since navigation start), or why there was none. */
export async function openAndAwaitFirstDraw(
  probed: ProbedPage,
  url: string,
  target: DrawTarget,
): Promise<number | DrawFailure> {
  await probed.page.goto(url, { waitUntil: 'load', timeout: target.timeoutMs });
  const loadedAt = Date.now();
  for (;;) {
    const first = await probed.page.evaluate(() => (window as unknown as ProbeWindow).__bench.firstFullDraw);
    if (first !== null) return first;
    const waited = Date.now() - loadedAt;
    if (probed.failedLoads.length) return { ok: false, reason: probed.failedLoads[0]!, unsupported: false };
    if (waited > GRACE_MS) {
      if (target.graphUrl && !requested(probed.requests, target.graphUrl)) {
        return { ok: false, reason: NO_GRAPH_PARAM, unsupported: true };
      }
      const thrown = probed.uncaught[0];
      if (thrown) return { ok: false, reason: `page error: ${thrown.slice(0, 80)}`, unsupported: false };
    }
    if (waited > target.timeoutMs) {
      const alert = await probed.page
        .locator('[role="alert"]')
        .first()
        .innerText({ timeout: 500 })
        .catch(() => '');
      const detail = (alert || probed.errors[0] || '').slice(0, 80);
      return {
        ok: false,
        reason: `no full draw within ${target.timeoutMs / 1000} s${detail ? `: ${detail}` : ''}`,
        unsupported: false,
      };
    }
    await sleep(100);
  }
}
