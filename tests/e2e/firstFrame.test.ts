// e2e: the graph is drawn before the interface's code has arrived, and the explorer then adopts that drawing: the
// same sigma, no second one, and the graph still on screen.
import { describe, expect, it } from 'vitest';
import { measureGraphPixels, measurePixels } from './browser';
import { statusText, useSession } from './useSession';

/** Counts the WebGL contexts the page creates (one sigma creates the same few). */
const COUNT_WEBGL_CONTEXTS = `
  window.webglContexts = 0;
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    if (String(type).startsWith('webgl')) window.webglContexts += 1;
    return getContext.call(this, type, ...rest);
  };
`;

describe('the first frame', () => {
  const session = useSession({ viewport: { width: 1440, height: 900 } });

  it("draws the report's graph before the interface has loaded, and the explorer keeps that sigma", async () => {
    const { page, baseURL } = session;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The interface's code (React and the explorer) is held back until the test lets it through.
    await page.route(/\/assets\/interface-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(COUNT_WEBGL_CONTEXTS);
    await page.goto(baseURL);
    const early = page.locator('#first-frame .graph-canvas');
    await expect
      .poll(async () => (await measurePixels(page, await early.screenshot())).saturated, { timeout: 15_000 })
      .toBeGreaterThan(3000);
    expect(await page.getByRole('combobox', { name: 'Search' }).count()).toBe(0);
    const contexts = await page.evaluate(
      () => (window as unknown as { webglContexts: number }).webglContexts,
    );
    expect(contexts).toBeGreaterThan(0);

    release();
    await page.getByRole('combobox', { name: 'Search' }).waitFor();
    await expect.poll(() => statusText(page)).toContain('151 of 151 nodes');
    expect(await page.locator('#first-frame').count()).toBe(0);
    expect(await page.locator('.graph-canvas .sigma-container').count()).toBe(1);
    // No second sigma was built, and the adopted one still shows the graph (framed, not blank).
    expect(await page.evaluate(() => (window as unknown as { webglContexts: number }).webglContexts)).toBe(
      contexts,
    );
    expect((await measureGraphPixels(page)).saturated).toBeGreaterThan(3000);
  });

  it('leaves a shared view with a selection to the explorer, which draws it itself', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?node=province%2Fzhejiang`);
    await page.getByRole('combobox', { name: 'Search' }).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).innerText()).toBe('Zhejiang');
    expect(new URL(page.url()).searchParams.get('node')).toBe('province/zhejiang');
    expect((await measureGraphPixels(page)).saturated).toBeGreaterThan(1000);
  });
});
