// Opens a fresh Chromium (as the e2e tests launch it) with one page carrying the probe, and a CDP session.
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/launchChromium';
import { installProbe, KEEP_NAMES_SHIM } from './probe';

export const VIEWPORT = { width: 1280, height: 800 };

export interface ProbedPage {
  page: Page;
  cdp: CDPSession;
  /** URLs the page requested. */
  requests: string[];
  /** Uncaught exceptions in the page. */
  uncaught: string[];
  /** Uncaught exceptions and console errors, for the n/a notes. */
  errors: string[];
  /** Documents, scripts and fetches that failed (HTTP ≥ 400 or no response): the page cannot draw. */
  failedLoads: string[];
  close(): Promise<void>;
}

export async function openProbedPage(expectedNodes: number): Promise<ProbedPage> {
  const browser = await launchChromium(VIEWPORT);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.addInitScript({ content: KEEP_NAMES_SHIM });
    await page.addInitScript(installProbe, expectedNodes);
    const requests: string[] = [];
    const errors: string[] = [];
    const failedLoads: string[] = [];
    const essential = (type: string) => ['document', 'script', 'fetch', 'xhr'].includes(type);
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400 && essential(response.request().resourceType())) {
        failedLoads.push(`HTTP ${response.status()} for ${new URL(response.url()).pathname}`);
      }
    });
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? 'failed';
      // An aborted fetch is the page's own choice (e.g. a superseded load), not a broken one.
      if (essential(request.resourceType()) && !error.includes('ERR_ABORTED')) {
        failedLoads.push(`${error} for ${new URL(request.url()).pathname}`);
      }
    });
    const uncaught: string[] = [];
    page.on('pageerror', (error) => {
      uncaught.push(error.message);
      errors.push(error.message);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const cdp = await browser.context.newCDPSession(page);
    return { page, cdp, requests, uncaught, errors, failedLoads, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
