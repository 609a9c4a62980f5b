// e2e: the canvas reads at a glance: landmark labels drawn without overlaps, a camera that frames what is shown, and a
// paragraph focus that narrows a selection.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { measureGraphPixels } from './browser';
import { statusText, useSession } from './useSession';

interface Placed {
  key: string;
  label: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

const compiled = JSON.parse(readFileSync('graph-data/yrd-2025.graph.json', 'utf8')) as {
  nodes: { key: string; attributes: { kind: string } }[];
};
const landmarks = compiled.nodes
  .filter((node) => node.attributes.kind === 'leader' || node.attributes.kind === 'province')
  .map((node) => node.key);

const host = '.graph-canvas .sigma-container';

/** The labels the app's label layout drew in the last frame. */
function drawnLabels(page: Page): Promise<{ width: number; height: number; labels: Placed[] } | null> {
  return page.evaluate(
    (selector) =>
      (document.querySelector(selector) as unknown as { labelLayout?: never } | null)?.labelLayout ?? null,
    host,
  );
}

/** How much of the canvas the shown nodes span, as shares of its width and height. */
async function drawingSpan(page: Page): Promise<{ width: number; height: number; count: number }> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector) as HTMLElement & {
      shownNodes(): { x: number; y: number }[];
    };
    const nodes = element.shownNodes();
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const { width, height } = element.getBoundingClientRect();
    return {
      width: (Math.max(...xs) - Math.min(...xs)) / width,
      height: (Math.max(...ys) - Math.min(...ys)) / height,
      count: nodes.length,
    };
  }, host);
}

const overlaps = (a: Placed, b: Placed) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('the canvas', () => {
  const session = useSession({ startAt: '' });

  it('labels every leader and province on first load, with no two labels overlapping, all inside', async () => {
    const { page } = session;
    await expect.poll(async () => (await drawnLabels(page))?.labels.length ?? 0).toBeGreaterThan(20);
    await page.waitForTimeout(500);
    const layout = (await drawnLabels(page))!;
    const keys = new Set(layout.labels.map((label) => label.key));
    expect(landmarks.length).toBe(13);
    expect(landmarks.filter((key) => !keys.has(key))).toEqual([]);
    const clashes = layout.labels.flatMap((a, i) =>
      layout.labels
        .slice(i + 1)
        .filter((b) => overlaps(a, b))
        .map((b) => `${a.label} / ${b.label}`),
    );
    expect(clashes).toEqual([]);
    for (const label of layout.labels) {
      expect(label.left).toBeGreaterThanOrEqual(0);
      expect(label.left + label.width).toBeLessThanOrEqual(layout.width);
      expect(label.top + label.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('frames the Zhejiang filter, and the fit button frames it again after zooming in', async () => {
    const { page } = session;
    await page.waitForTimeout(300);
    const before = await statusText(page);
    await page
      .getByRole('group', { name: 'Province' })
      .getByRole('checkbox', { name: /Zhejiang/ })
      .check();
    await expect.poll(() => statusText(page)).not.toBe(before);
    const framed = async () => {
      const span = await drawingSpan(page);
      return Math.max(span.width, span.height);
    };
    await expect.poll(framed, { timeout: 5000 }).toBeGreaterThanOrEqual(0.8);
    await page.waitForTimeout(800);
    expect(await framed()).toBeLessThanOrEqual(1);
    expect((await drawingSpan(page)).count).toBeLessThan(landmarks.length * 10);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    await zoomIn.click();
    await zoomIn.click();
    await page.waitForTimeout(800);
    expect(await framed()).toBeGreaterThan(1.2);
    await page.getByRole('button', { name: 'Fit' }).click();
    // The whole drawing back inside the canvas, and still spanning most of it.
    await expect.poll(framed, { timeout: 5000 }).toBeLessThanOrEqual(1);
    expect(await framed()).toBeGreaterThanOrEqual(0.8);
  });

  it('focusing ¶12 with Liu Jie selected changes what is visible', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?node=leader/liu-jie&panel=source`);
    await expect.poll(() => statusText(page)).toContain('selected: Liu Jie');
    await page.waitForTimeout(1000);
    const labelsBefore = (await drawnLabels(page))!.labels.map((label) => label.key).sort();
    const pixelsBefore = await measureGraphPixels(page);
    await page.getByRole('button', { name: '¶12 focus the graph on this paragraph' }).click();
    await expect.poll(() => statusText(page)).toContain('focused on paragraph 12');
    await expect.poll(() => statusText(page)).toContain('selected: Liu Jie');
    await page.waitForTimeout(1000);
    const labelsAfter = (await drawnLabels(page))!.labels.map((label) => label.key).sort();
    expect(labelsAfter).not.toEqual(labelsBefore);
    expect(labelsAfter).toContain('leader/liu-jie');
    const pixelsAfter = await measureGraphPixels(page);
    expect(pixelsAfter.saturated).not.toBe(pixelsBefore.saturated);
  });

  it('Back restores the camera of the previous view', async () => {
    const { page } = session;
    await page.getByRole('group', { name: 'Province' }).getByRole('checkbox', { name: /Anhui/ }).check();
    await expect.poll(() => page.url(), { timeout: 5000 }).toContain('camera=');
    await page.waitForTimeout(600);
    const where = async () => {
      const nodes = await page.evaluate(
        (selector) =>
          (document.querySelector(selector) as unknown as { shownNodes(): { key: string; x: number }[] })
            .shownNodes()
            .filter((node) => node.key === 'province/anhui'),
        host,
      );
      return Math.round(nodes[0]!.x);
    };
    const before = await where();
    await page.getByRole('combobox', { name: 'Search' }).fill('Wang Qingxian');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    await expect.poll(() => statusText(page)).toContain('selected: Wang Qingxian');
    await expect.poll(where, { timeout: 5000 }).not.toBe(before);
    await page.waitForTimeout(800);
    await page.goBack();
    await expect.poll(() => statusText(page)).not.toContain('selected:');
    await expect
      .poll(async () => Math.abs((await where()) - before), { timeout: 5000 })
      .toBeLessThanOrEqual(2);
  });

  it('"By province" puts the four provinces at the corners of the drawing, framed', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('by-province');
    await page.waitForTimeout(1500);
    const nodes = await page.evaluate(
      (selector) =>
        (
          document.querySelector(selector) as unknown as {
            shownNodes(): { key: string; x: number; y: number }[];
          }
        ).shownNodes(),
      host,
    );
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const at = (key: string) => nodes.find((n) => n.key === key)!;
    const near = (value: number, edge: number) => Math.abs(value - edge) < (right - left) * 0.12;
    expect(near(at('province/jiangsu').x, left) && near(at('province/jiangsu').y, top)).toBe(true);
    expect(near(at('province/shanghai').x, right) && near(at('province/shanghai').y, top)).toBe(true);
    expect(near(at('province/anhui').x, left) && near(at('province/anhui').y, bottom)).toBe(true);
    expect(near(at('province/zhejiang').x, right) && near(at('province/zhejiang').y, bottom)).toBe(true);
  });
});
