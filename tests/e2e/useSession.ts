// Shared e2e plumbing: a fresh browser session around each test (checked for foreign requests and page errors), the
// status line, and opening a graph file as a person would.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { openSession, type Session } from './browser';
import type { LaunchOptions } from './launchChromium';

export interface SessionOptions extends LaunchOptions {
  viewport?: { width: number; height: number };
  /** Open the app (at this query, '' for the default view) and wait for the canvas before each test. */
  startAt?: string;
}

/**
 * Opens a browser session before each test and closes it after, asserting that the test made no request to another
 * origin and raised no page error. The returned object always stands for the current test's session.
 */
export function useSession(options: SessionOptions = {}): Session {
  let current: Session | null = null;
  const active = () => {
    if (!current) throw new Error('useSession: no session outside a test');
    return current;
  };
  beforeEach(async () => {
    current = await openSession(options.viewport, { hasTouch: options.hasTouch ?? false });
    if (options.startAt !== undefined) {
      await current.page.goto(`${current.baseURL}${options.startAt}`);
      await current.page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached' });
    }
  });
  afterEach(async () => {
    const session = active();
    current = null;
    try {
      expect(session.pageErrors).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });
  return {
    get context() {
      return active().context;
    },
    get page() {
      return active().page;
    },
    get baseURL() {
      return active().baseURL;
    },
    get foreignRequests() {
      return active().foreignRequests;
    },
    get pageErrors() {
      return active().pageErrors;
    },
    close: () => active().close(),
  };
}

/** The status line's text ("N of M nodes · …"). */
export function statusText(page: Page): Promise<string> {
  return page.getByRole('status').filter({ hasText: 'nodes' }).innerText();
}

/** Chooses a file in the "Open graph file" picker. */
export async function openGraphFile(
  page: Page,
  name: string,
  text: string,
  mimeType = 'text/xml',
): Promise<void> {
  await page.getByLabel('Open graph file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}
