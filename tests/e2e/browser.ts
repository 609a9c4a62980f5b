// An e2e browser session on the served build that records foreign requests and page errors.
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './launchChromium';

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

export async function openSession(viewport = { width: 1280, height: 800 }): Promise<Session> {
  const baseURL = inject('baseURL');
  const origin = new URL(baseURL).origin;
  const browser = await launchChromium(viewport);
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

/** Counts pixels of a PNG screenshot that differ from the given background colour, inside the page itself. */
export async function countNonBackgroundPixels(page: Page, png: Buffer, background = [255, 255, 255]) {
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
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const diff =
          Math.abs(data[i]! - bg[0]!) + Math.abs(data[i + 1]! - bg[1]!) + Math.abs(data[i + 2]! - bg[2]!);
        if (diff > 30) count++;
      }
      return { count, total: image.width * image.height };
    },
    { base64: png.toString('base64'), bg: background },
  );
}
