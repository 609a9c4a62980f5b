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

  it('has a one-row header and no two controls overlapping', async () => {
    const { page } = session;
    await page.waitForTimeout(400);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, label.file-button, [role="status"]')]
        .filter(
          (element) =>
            element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
        )
        .map((element) => {
          const rect = element.getBoundingClientRect();
          const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30);
          return { name, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
        })
        .filter((box) => box.right > box.left && box.bottom > box.top && box.left < 390 && box.top < 844),
    );
    expect(boxes.length).toBeGreaterThan(8);
    const clashes: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        // Nested controls (a select inside its label) are not two controls.
        const overlap =
          a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        if (overlap) clashes.push(`${a.name} / ${b.name}`);
      }),
    );
    expect(clashes).toEqual([]);
    const header = (await page.locator('.app-header').boundingBox())!;
    expect(header.height).toBeLessThan(60);
    const filters = (await page.getByRole('button', { name: 'Filters' }).boundingBox())!;
    expect(filters.y + filters.height).toBeLessThanOrEqual(header.y + header.height);
  });

  it('a tap on a node selects it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Filters' }).tap();
    await page.getByRole('combobox', { name: 'Search' }).fill('Liu Jie');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().tap();
    await expect.poll(() => statusText(page)).toContain('selected: Liu Jie');
    // The pick closes the filters drawer and shows Details.
    await expect.poll(() => page.getByRole('group', { name: 'Province' }).isVisible()).toBe(false);
    const details = page.getByRole('heading', { level: 2, name: 'Liu Jie' });
    await expect.poll(() => details.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close' }).first().tap();
    // The camera glides to the selection; once it rests, its position joins the URL.
    await expect.poll(() => page.url()).toContain('camera=');
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    await expect.poll(() => statusText(page)).not.toContain('selected:');
    // The camera left Liu Jie in the middle: a tap on him (where the drawing shows him) selects him again.
    const at = await page.evaluate(() => {
      const host = document.querySelector('.graph-canvas .sigma-container') as HTMLElement & {
        shownNodes(): { key: string; x: number; y: number }[];
      };
      const node = host.shownNodes().find((shown) => shown.key === 'leader/liu-jie')!;
      const { left, top, width, height } = host.getBoundingClientRect();
      return { x: left + node.x, y: top + node.y, dx: node.x - width / 2, dy: node.y - height / 2 };
    });
    expect(Math.hypot(at.dx, at.dy)).toBeLessThan(4);
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => statusText(page)).toContain('selected: Liu Jie');
  });
});
