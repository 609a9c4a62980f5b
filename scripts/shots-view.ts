// Screenshots of canvas views for review: tsx scripts/shots-view.ts <out.png> [query] [width] [height] [layout].
import { launchChromium } from '../tests/e2e/launchChromium';
import { startPreviewServer } from '../tests/e2e/previewServer';

const out = process.argv[2] ?? 'docs/screenshot.png';
const query = process.argv[3] ?? '';
const width = Number(process.argv[4] ?? 1440);
const height = Number(process.argv[5] ?? 900);
const server = await startPreviewServer();
const browser = await launchChromium({ width, height });
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width, height });
  await page.goto(`${server.baseURL}${query}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  if (process.argv[6]) {
    await page.getByRole('combobox', { name: /Layout/ }).selectOption(process.argv[6]);
    await page.waitForTimeout(1500);
  }
  const layout = await page.evaluate(() => {
    const host = document.querySelector('.graph-canvas .sigma-container') as
      (HTMLElement & { labelLayout?: unknown }) | null;
    return host?.labelLayout;
  });
  console.log(
    JSON.stringify(layout && (layout as { labels: { label: string }[] }).labels.map((l) => l.label)),
  );
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
