// One baseline page load, then the time of one sigma.refresh() to its full draw.
import { openAndAwaitFirstDraw, type DrawFailure, type DrawTarget } from './awaitFirstDraw';
import { baselineRenderTime } from './baselineRenderTime';
import { failureReason } from './failureReason';
import { openProbedPage } from './openProbedPage';
import { waitForQuietCanvas } from './pageReads';

export type BaselineRenderOutcome = { ok: true; result: number | null } | DrawFailure;

export async function measureBaselineRender(url: string, target: DrawTarget): Promise<BaselineRenderOutcome> {
  const probed = await openProbedPage(target.expectedNodes);
  try {
    const first = await openAndAwaitFirstDraw(probed, url, target);
    if (typeof first !== 'number') return first;
    await waitForQuietCanvas(probed.page);
    return { ok: true, result: await baselineRenderTime(probed.page) };
  } catch (error) {
    return { ok: false, reason: failureReason(error), unsupported: false };
  } finally {
    await probed.close();
  }
}
