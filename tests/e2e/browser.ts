// An e2e browser session on the served build that records foreign requests and page errors.
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium, type LaunchOptions } from './launchChromium';

export interface Session {
  context: BrowserContext;
  page: Page;
  baseURL: string;
  /** Requests to any origin other than the app's own. */
  foreignRequests: string[];
  /** Uncaught exceptions and console errors in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openSession(
  viewport = { width: 1280, height: 800 },
  options: LaunchOptions = {},
): Promise<Session> {
  const baseURL = inject('baseURL');
  const origin = new URL(baseURL).origin;
  const browser = await launchChromium(viewport, options);
  const context = browser.context;
  const page = context.pages()[0] ?? (await context.newPage());
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return {
    context,
    page,
    baseURL,
    foreignRequests,
    pageErrors,
    close: () => browser.close(),
  };
}

export interface PixelStats {
  total: number;
  /** Pixels that differ from the background colour. */
  nonBackground: number;
  /** Strongly coloured pixels (channel spread > 80): kind colours, not greys or faded tints. */
  saturated: number;
}

/** Pixel statistics of a PNG screenshot, computed inside the page itself (no image library needed). */
export async function measurePixels(
  page: Page,
  png: Buffer,
  background = [255, 255, 255],
): Promise<PixelStats> {
  return page.evaluate(
    async ({ base64, bg }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let nonBackground = 0;
      let saturated = 0;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        if (Math.abs(r - bg[0]!) + Math.abs(g - bg[1]!) + Math.abs(b - bg[2]!) > 30) nonBackground++;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 80) saturated++;
      }
      return { total: image.width * image.height, nonBackground, saturated };
    },
    { base64: png.toString('base64'), bg: background },
  );
}

/** Pixel statistics of the graph canvas area as it is on screen now. */
export async function measureGraphPixels(page: Page): Promise<PixelStats> {
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('The graph canvas is not on screen');
  return measurePixels(page, await page.screenshot({ clip: box }));
}
