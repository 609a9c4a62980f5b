// Takes a screenshot of the built app in headless Chromium: tsx scripts/screenshot.ts [query] [out.png].
import { launchChromium } from '../tests/e2e/launchChromium';
import { startPreviewServer } from '../tests/e2e/previewServer';

const query = process.argv[2] ?? '';
const out = process.argv[3] ?? 'docs/screenshot.png';
const server = await startPreviewServer();
const browser = await launchChromium({ width: 1440, height: 900 });
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.baseURL}${query}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
