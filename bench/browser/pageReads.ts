// Reads and waits on the probe's records from Node: first full draw, Search ready, marks, quiet canvas.
import type { Page } from 'playwright-core';
import type { ProbeState, ProbeWindow } from './probeTypes';

const POLLING_MS = 50;

/** Waits until the probe has recorded `field` (ms since navigation start); null on timeout. */
async function waitForProbeTime(
  page: Page,
  field: 'firstFullDraw' | 'searchReady',
  timeoutMs: number,
): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      (name) => (window as unknown as ProbeWindow).__bench[name],
      field,
      { timeout: timeoutMs, polling: POLLING_MS },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

/** ms since navigation start of the first full draw, or null on timeout. */
export function waitForFirstFullDraw(page: Page, timeoutMs: number): Promise<number | null> {
  return waitForProbeTime(page, 'firstFullDraw', timeoutMs);
}

/** ms since navigation start when the Search combobox became usable, or null on timeout. */
export function waitForSearchReady(page: Page, timeoutMs: number): Promise<number | null> {
  return waitForProbeTime(page, 'searchReady', timeoutMs);
}

/** The start time of a performance mark (e.g. graph:fetched), or null when the page never set it. */
export function readMark(page: Page, name: string): Promise<number | null> {
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, name);
}

/**
 * Waits until no full draw happened for quietMs (camera animations, late refreshes), up to timeoutMs, and returns
 * the last full draw so far (ms since navigation start).
 */
export async function waitForQuietCanvas(
  page: Page,
  quietMs = 300,
  timeoutMs = 10_000,
): Promise<number | null> {
  await page
    .waitForFunction(
      (quiet) => {
        const draws = (window as unknown as ProbeWindow).__bench.fullDraws;
        const last = draws[draws.length - 1] ?? 0;
        return performance.now() - last >= quiet;
      },
      quietMs,
      { timeout: timeoutMs, polling: POLLING_MS },
    )
    .catch(() => undefined);
  return page.evaluate(() => (window as unknown as ProbeWindow).__bench.fullDraws.at(-1) ?? null);
}

/** A snapshot of everything the probe recorded. */
export const readProbe = (page: Page): Promise<ProbeState> =>
  page.evaluate(() => (window as unknown as ProbeWindow).__bench);

/** The page's performance.now(), to tell later events from earlier ones. */
export const pageNow = (page: Page) => page.evaluate(() => performance.now());
