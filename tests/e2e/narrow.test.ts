// e2e: a phone-sized touch screen: the graph fills it, the filters open as a drawer, and a tap selects a node.
import { describe, expect, it } from 'vitest';
import { measureGraphPixels } from './browser';
import { statusText, useSession } from './useSession';

describe('narrow touch screen', () => {
  const session = useSession({ viewport: { width: 390, height: 844 }, hasTouch: true, startAt: '' });

  it('draws the graph full width, with the filters in a drawer', async () => {
    const { page } = session;
    await page.waitForTimeout(400);
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    expect(box.width).toBeGreaterThan(370);
    expect((await measureGraphPixels(page)).saturated).toBeGreaterThan(300);
    const province = page.getByRole('group', { name: 'Province' });
    expect(await province.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Filters' }).tap();
    await expect.poll(() => province.isVisible()).toBe(true);
    const before = await statusText(page);
    await province.getByRole('checkbox', { name: /Anhui/ }).tap();
    await expect.poll(() => statusText(page)).not.toBe(before);
    await page.getByRole('button', { name: 'Close' }).first().tap();
    await expect.poll(() => province.isVisible()).toBe(false);
  });

  it('a tap on a node selects it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Filters' }).tap();
    await page.getByRole('combobox', { name: 'Search' }).fill('Liu Jie');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().tap();
    await expect.poll(() => statusText(page)).toContain('selected: Liu Jie');
    await page.getByRole('button', { name: 'Close' }).first().tap();
    // The camera glides to the selection; once it rests, its position joins the URL.
    await expect.poll(() => page.url()).toContain('camera=');
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    await expect.poll(() => statusText(page)).not.toContain('selected:');
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => statusText(page)).toContain('selected: Liu Jie');
  });
});
