// e2e: the production build loads the default graph, really draws it, and talks to no other origin.
import { describe, expect, it } from 'vitest';
import { measureGraphPixels } from './browser';
import { useSession } from './useSession';

describe('app shell', () => {
  const session = useSession();

  it('shows the app name and draws the graph with sigma', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await expect
      .poll(() => page.getByRole('heading', { name: 'YRD Knowledge-Graph Explorer' }).count())
      .toBe(1);
    const canvas = page.locator('.graph-canvas canvas').first();
    await canvas.waitFor({ state: 'attached' });
    // Give sigma a frame or two, then look at real pixels of the graph area.
    await page.waitForTimeout(500);
    const { nonBackground, saturated, total } = await measureGraphPixels(page);
    expect(nonBackground).toBeGreaterThan(2000);
    expect(nonBackground).toBeLessThan(total);
    // Nodes are drawn in their kind colours, not just edges or labels.
    expect(saturated).toBeGreaterThan(500);
  });

  it("downloads each of the default dataset's files once: the page's early script reads them for the app", async () => {
    const { page, baseURL } = session;
    const requested: string[] = [];
    const onRequest = (request: { url(): string }) => requested.push(new URL(request.url()).pathname);
    page.on('request', onRequest);
    try {
      await page.goto(baseURL, { waitUntil: 'networkidle' });
      await expect
        .poll(() => page.getByRole('heading', { name: 'YRD Knowledge-Graph Explorer' }).count())
        .toBe(1);
    } finally {
      page.off('request', onRequest);
    }
    const files = [/yrd-2025\.graph-[^/]*\.json$/, /yrd-2025\.mentions-[^/]*\.json$/, /\.txt$/];
    for (const file of files) expect(requested.filter((path) => file.test(path))).toHaveLength(1);
    // The app used what the early script read: none of it is left over.
    expect(await page.evaluate(() => Object.keys(window.yrdEarlyReads ?? {}))).toEqual([]);
  });

  it('makes no request to any other origin', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL, { waitUntil: 'networkidle' });
    expect(session.foreignRequests).toEqual([]);
  });
});
