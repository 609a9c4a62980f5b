// The baseline's render time: from a sigma.refresh() call to the full draw it makes, measured in the page.
import type { Page } from 'playwright-core';
import type { ProbeWindow } from './probeTypes';

export function baselineRenderTime(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const w = window as unknown as ProbeWindow;
    if (!w.__baseline) return null;
    // Start on a fresh frame, as an input handler would.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const start = performance.now();
    w.__baseline.sigma.refresh();
    const draw = w.__bench.fullDraws.find((t) => t >= start);
    return draw === undefined ? null : draw - start;
  });
}
