// e2e: a phone-sized touch screen: the graph fills it, the filters open as a drawer, and a tap selects a node.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measureGraphPixels, openSession, type Session } from './browser';

const status = (page: Page) => page.getByRole('status').filter({ hasText: 'nodes' }).innerText();

describe('narrow touch screen', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openSession({ width: 390, height: 844 }, { hasTouch: true });
    await session.page.goto(session.baseURL);
    await session.page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached' });
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    await session.close();
  });

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
    const before = await status(page);
    await province.getByRole('checkbox', { name: /Anhui/ }).tap();
    await expect.poll(() => status(page)).not.toBe(before);
    await page.getByRole('button', { name: 'Close' }).first().tap();
    await expect.poll(() => province.isVisible()).toBe(false);
  });

  it('a tap on a node selects it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Filters' }).tap();
    await page.getByRole('combobox', { name: 'Search' }).fill('Liu Jie');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().tap();
    await expect.poll(() => status(page)).toContain('selected: Liu Jie');
    await page.getByRole('button', { name: 'Close' }).first().tap();
    // The camera glides to the selection; once it rests, its position joins the URL.
    await expect.poll(() => page.url()).toContain('camera=');
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    await expect.poll(() => status(page)).not.toContain('selected:');
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => status(page)).toContain('selected: Liu Jie');
  });
});
