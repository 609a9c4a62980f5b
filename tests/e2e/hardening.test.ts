// e2e: hardening: the CSP holds, hostile text stays inert, a lost WebGL context recovers, 20 datasets in a row leak nothing.
import { describe, expect, it } from 'vitest';
import { measureGraphPixels } from './browser';
import { openGraphFile, statusText, useSession } from './useSession';

function tinyGexf(label: string, nodes = 12): string {
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const lines = ['<?xml version="1.0"?>', '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>'];
  for (let i = 0; i < nodes; i++) lines.push(`<node id="n${i}" label="${i === 0 ? escaped : `N${i}`}"/>`);
  lines.push('</nodes><edges>');
  for (let i = 1; i < nodes; i++) lines.push(`<edge id="e${i}" source="n0" target="n${i}"/>`);
  lines.push('</edges></graph></gexf>');
  return lines.join('\n');
}

describe('hardening', () => {
  const session = useSession({ startAt: '' });

  it('has a Content Security Policy that refuses inline script and connections to other origins', async () => {
    const { page } = session;
    const policies = await page.evaluate(() =>
      [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) =>
        m.getAttribute('content'),
      ),
    );
    expect(policies[0]).toContain("script-src 'self'");
    expect(policies.at(-1)).toBe("connect-src 'self'");
    const outcome = await page.evaluate(() =>
      fetch('http://127.0.0.2:9/elsewhere').then(
        () => 'connected',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    // The browser reports the refusal on the console; that is the expected outcome here, not a page error.
    session.pageErrors.splice(0, session.pageErrors.length);
  });

  it('shows hostile labels as inert text', async () => {
    const { page } = session;
    const hostile = '<img src=x onerror="window.__owned=1">Evil <b>bold</b>';
    await openGraphFile(page, 'hostile.gexf', tinyGexf(hostile));
    await expect.poll(() => statusText(page)).toMatch(/^12 of 12 nodes/);
    await page.getByRole('combobox', { name: 'Search' }).fill('Evil');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });
    await expect.poll(() => heading.innerText()).toBe(hostile);
    expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  it('re-creates the renderer when the WebGL context is lost', async () => {
    const { page } = session;
    await page.evaluate(() => {
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.graph-canvas canvas')) {
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        gl?.getExtension('WEBGL_lose_context')?.loseContext();
      }
    });
    await page.waitForTimeout(800);
    const pixels = await measureGraphPixels(page);
    expect(pixels.saturated).toBeGreaterThan(500);
    // Still interactive: a search selection works on the new renderer.
    await page.getByRole('combobox', { name: 'Search' }).fill('Anhui');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page)).toContain('selected:');
  });

  it('opens 20 datasets in a row without leaking WebGL contexts or memory', async () => {
    const { page, context } = session;
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (/WebGL|context/i.test(message.text())) warnings.push(message.text());
    });
    let afterFive = 0;
    let canvasesAfterOne = 0;
    for (let i = 1; i <= 20; i++) {
      await openGraphFile(page, `dataset-${i}.gexf`, tinyGexf(`Dataset ${i}`, 10 + (i % 5)));
      // The header names the dataset once it is shown (the progress line says "Opening …" before that).
      await expect
        .poll(() => page.getByText(`dataset-${i}.gexf`, { exact: true }).count(), { message: `dataset ${i}` })
        .toBe(1);
      if (i === 1) canvasesAfterOne = await page.locator('canvas').count();
      if (i === 5) afterFive = await heap();
    }
    const afterTwenty = await heap();
    // One renderer's canvases, as after the first dataset: the old renderers are gone.
    expect(await page.locator('canvas').count()).toBe(canvasesAfterOne);
    expect(warnings.filter((w) => /too many active webgl contexts|context lost/i.test(w))).toEqual([]);
    // Fifteen more datasets may not grow the heap by more than a few megabytes.
    expect(afterTwenty - afterFive).toBeLessThan(8 * 1024 * 1024);
  });
});
