// e2e: structure: Size by PageRank, the ranked metrics table, the ego-network depth, and the province comparison.
import { describe, expect, it } from 'vitest';
import { measureGraphPixels } from './browser';
import { statusText, useSession } from './useSession';

describe('structure', () => {
  const session = useSession();

  it('switching "Size by" to PageRank computes the metrics, redraws, and is kept in the URL', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await page.waitForTimeout(300);
    const before = await measureGraphPixels(page);
    await page.getByRole('combobox', { name: 'Size by' }).selectOption({ label: 'PageRank' });
    await expect.poll(() => page.url()).toContain('size=pagerank');
    // The ranked table fills in once the metrics are computed, with real PageRank values.
    const table = page.getByRole('table').first();
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(100);
    await page.waitForTimeout(300);
    const after = await measureGraphPixels(page);
    expect(after.nonBackground).not.toBe(before.nonBackground);
    await page.reload();
    await page.getByRole('combobox', { name: 'Size by' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Size by' }).inputValue()).toBe('pagerank');
  });

  it('a click on a ranked row selects its node, and Depth narrows the graph to its neighbourhood', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?panel=metrics`);
    await page.getByRole('button', { name: 'Compute metrics' }).click();
    const table = page.getByRole('table').first();
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(100);
    await table.getByRole('button', { name: 'Anhui', exact: true }).click();
    await expect.poll(() => statusText(page)).toContain('selected: Anhui');
    const total = Number(/of (\d+) nodes/.exec(await statusText(page))![1]);
    await page.getByRole('spinbutton', { name: 'Depth' }).fill('1');
    await expect.poll(() => page.url()).toContain('depth=1');
    const shown = Number(/^(\d+) of/.exec(await statusText(page))![1]);
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(total);
  });

  it('the Compare view shows four province columns with counts, and a cell shows its evidence', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await page.getByRole('tab', { name: 'Compare' }).click();
    const themes = page.getByRole('table', { name: /Themes by province/ });
    await themes.waitFor();
    for (const province of ['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui']) {
      expect(await themes.getByRole('columnheader', { name: province, exact: true }).count()).toBe(1);
    }
    const cell = themes.getByRole('button', { name: /Anhui.*\d/ }).first();
    await cell.click();
    await expect.poll(() => page.getByText(/¶\d+/).count()).toBeGreaterThan(0);
  });
});
