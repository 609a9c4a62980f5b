// Latency from an input event (its own timestamp) to the next frame drawn, read from the probe in the page.
import type { Page } from 'playwright-core';
import type { ProbeWindow } from './probeTypes';

export interface InputMatch {
  /** Only events after this page time count. */
  since: number;
  type: 'click' | 'keydown';
  key?: string;
  /**
   * 'draw': the next full WebGL draw; 'frame': the next full draw or, if sooner, the animation frame after the
   * first DOM change (a keystroke in Search redraws the result list, not the graph).
   */
  until: 'draw' | 'frame';
}

export const LATENCY_TIMEOUT_MS = 5_000;

/** Milliseconds from the event to the next frame drawn, or null when no such frame came in time. */
export async function inputLatency(page: Page, match: InputMatch): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      ({ since, type, key, until }) => {
        const probe = (window as unknown as ProbeWindow).__bench;
        const event = probe.events.find(
          (e) => e.t > since && e.type === type && (key === undefined || e.key === key),
        );
        if (!event) return null;
        const ends: number[] = [];
        const draw = probe.fullDraws.find((t) => t > event.t);
        if (draw !== undefined) ends.push(draw);
        if (until === 'frame') {
          const mutation = probe.mutations.find((t) => t > event.t);
          const frame = mutation === undefined ? undefined : probe.mutationFrames.find((t) => t >= mutation);
          if (frame !== undefined) ends.push(frame);
        }
        return ends.length ? Math.min(...ends) - event.t : null;
      },
      match,
      { timeout: LATENCY_TIMEOUT_MS, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}
