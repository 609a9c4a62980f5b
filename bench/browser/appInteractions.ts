// One app page load, then three interactions timed from input to the next frame: keystroke, select, facet toggle.
import type { Locator, Page } from 'playwright-core';
import { openAndAwaitFirstDraw, type DrawFailure, type DrawTarget } from './awaitFirstDraw';
import { failureReason } from './failureReason';
import { inputLatency } from './inputLatency';
import { openProbedPage } from './openProbedPage';
import { pageNow, waitForQuietCanvas, waitForSearchReady } from './pageReads';

export interface AppInteractionTarget extends DrawTarget {
  url: string;
  /** A node label to type in Search and select with Enter. */
  query: string;
}

/** Per interaction: its latency in ms, or why it could not be measured. */
export interface AppInteractionResult {
  keystroke: number | string;
  selectNode: number | string;
  facetToggle: number | string;
}

export type AppInteractionOutcome = { ok: true; result: AppInteractionResult } | DrawFailure;

const ACTION_TIMEOUT_MS = 10_000;
const NO_FRAME = 'no frame drawn within 5 s of the input';

/** The first checkbox of the "Province" group, else the first one in any role=group fieldset. */
async function facetCheckbox(page: Page): Promise<Locator | null> {
  const province = page.getByRole('group', { name: 'Province', exact: true }).getByRole('checkbox');
  if ((await province.count()) > 0) return province.first();
  const any = page.locator('fieldset[role="group"]').getByRole('checkbox');
  return (await any.count()) > 0 ? any.first() : null;
}

/** A keystroke in Search: the result list is the frame to wait for. */
async function keystroke(page: Page, search: Locator, query: string): Promise<number | string> {
  await search.focus({ timeout: ACTION_TIMEOUT_MS });
  await waitForQuietCanvas(page);
  const key = query.charAt(0).toLowerCase();
  const since = await pageNow(page);
  await page.keyboard.press(key);
  return (await inputLatency(page, { since, type: 'keydown', key, until: 'frame' })) ?? NO_FRAME;
}

/** Selecting a node: Enter on the first result, to the redraw that highlights it. */
async function selectNode(page: Page, search: Locator, query: string): Promise<number | string> {
  await search.fill(query, { timeout: ACTION_TIMEOUT_MS });
  // The results list, not the <option>s of other selects on the page (such as Language).
  await page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option')
    .first()
    .waitFor({ timeout: ACTION_TIMEOUT_MS });
  await waitForQuietCanvas(page);
  const since = await pageNow(page);
  await search.press('Enter', { timeout: ACTION_TIMEOUT_MS });
  return (await inputLatency(page, { since, type: 'keydown', key: 'Enter', until: 'draw' })) ?? NO_FRAME;
}

/** Toggling a facet filter, once the camera has stopped moving. */
async function facetToggle(page: Page): Promise<number | string> {
  await waitForQuietCanvas(page);
  const checkbox = await facetCheckbox(page);
  if (!checkbox) return 'no checkbox in a "Province" or other role=group fieldset';
  const since = await pageNow(page);
  await checkbox.click({ timeout: ACTION_TIMEOUT_MS });
  return (await inputLatency(page, { since, type: 'click', until: 'draw' })) ?? NO_FRAME;
}

export async function measureAppInteractions(target: AppInteractionTarget): Promise<AppInteractionOutcome> {
  const probed = await openProbedPage(target.expectedNodes);
  const { page } = probed;
  // Each step on its own: one that cannot run (no results, no facet) leaves the others measured.
  const step = (run: () => Promise<number | string>) => run().catch(failureReason);
  try {
    const first = await openAndAwaitFirstDraw(probed, target.url, target);
    if (typeof first !== 'number') return first;
    const search = page.getByRole('combobox', { name: 'Search', exact: true });
    const searchStep = async (run: () => Promise<number | string>) =>
      (await waitForSearchReady(page, target.timeoutMs)) === null
        ? 'no enabled combobox named "Search"'
        : step(run);
    const result: AppInteractionResult = {
      keystroke: await searchStep(() => keystroke(page, search, target.query)),
      selectNode: await searchStep(() => selectNode(page, search, target.query)),
      facetToggle: await step(() => facetToggle(page)),
    };
    return { ok: true, result };
  } catch (error) {
    return { ok: false, reason: failureReason(error), unsupported: false };
  } finally {
    await probed.close();
  }
}
