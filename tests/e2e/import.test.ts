// e2e: opening graphs (file input, ?graph=, drop), a broken file leaves everything as it was, and exports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measureGraphPixels, openSession, type Session } from './browser';

const status = (page: Page) => page.getByRole('status').filter({ hasText: 'nodes' }).innerText();

/** A small GEXF with positions, colours and a categorical attribute (written here, so the test shows what it opens). */
function makeGexf(nodes: number): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="directed">',
    '<attributes class="node"><attribute id="0" title="party" type="string"/></attributes>',
    '<nodes>',
  ];
  for (let i = 0; i < nodes; i++) {
    lines.push(
      `<node id="n${i}" label="Node ${i}"><attvalues><attvalue for="0" value="${i % 3 === 0 ? 'red' : 'blue'}"/></attvalues>` +
        `<viz:position x="${Math.cos(i) * 100}" y="${Math.sin(i) * 100}"/><viz:size value="5"/>` +
        `<viz:color r="${i % 3 === 0 ? 213 : 0}" g="94" b="${i % 3 === 0 ? 0 : 178}"/></node>`,
    );
  }
  lines.push('</nodes><edges>');
  for (let i = 1; i < nodes; i++) lines.push(`<edge id="e${i}" source="n${i - 1}" target="n${i}"/>`);
  lines.push('</edges></graph></gexf>');
  return lines.join('\n');
}

async function openFile(page: Page, name: string, text: string) {
  await page
    .getByLabel('Open graph file')
    .setInputFiles({ name, mimeType: 'text/xml', buffer: Buffer.from(text) });
}

describe('opening and exporting graphs', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openSession();
    await session.page.goto(session.baseURL);
    await session.page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached' });
  });
  afterEach(async () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    await session.close();
  });

  it('opens a GEXF through the file input and shows its node count, facets and a way back', async () => {
    const { page } = session;
    await openFile(page, 'parties.gexf', makeGexf(30));
    await expect.poll(() => status(page)).toMatch(/^30 of 30 nodes · 29 of 29 edges/);
    expect(await page.getByText('parties.gexf').first().isVisible()).toBe(true);
    // A categorical attribute becomes a facet filter, the same mechanism as the YRD province filter.
    const party = page.getByRole('group', { name: 'party' });
    await party.getByRole('checkbox', { name: /^red/ }).check();
    await expect.poll(() => status(page)).toMatch(/^10 of 30 nodes/);
    expect(page.url()).toContain('f.party=red');
    const pixels = await measureGraphPixels(page);
    expect(pixels.saturated).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Back to the YRD graph' }).click();
    await expect.poll(() => status(page)).toMatch(/^141 of 141 nodes/);
  });

  it('a broken file shows an alert saying what and where, and leaves the graph, selection and filters as they were', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?node=leader/wang-qingxian&provinces=anhui`);
    await expect.poll(() => status(page)).toContain('selected: Wang Qingxian');
    // Let the camera glide to the selection and settle (its position joins the URL).
    await expect.poll(() => page.url()).toContain('camera=');
    await page.waitForTimeout(500);
    const before = await status(page);
    const url = page.url();
    await openFile(page, 'broken.gexf', '<?xml version="1.0"?>\n<gexf><graph>\n<nodes><node id="a"></nodes>');
    const alert = page.getByRole('alert').filter({ hasText: 'broken.gexf' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/line \d+/);
    expect(await status(page)).toBe(before);
    expect(page.url()).toBe(url);
    await openFile(page, 'empty.json', '');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'empty' }).count()).toBe(1);
    expect(await status(page)).toBe(before);
  });

  it('opens a graph named by ?graph= and keeps it in the URL', async () => {
    const { page, baseURL } = session;
    const json = readFileSync(path.resolve('tests/fixtures/import/graph.json'), 'utf8');
    await page.route(
      (url) => url.pathname.endsWith('/test-data/graph.json'),
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }),
    );
    await page.goto(`${baseURL}?graph=./test-data/graph.json`);
    const count = (JSON.parse(json) as { nodes: unknown[] }).nodes.length;
    await expect.poll(() => status(page)).toMatch(new RegExp(`^${count} of ${count} nodes`));
    expect(page.url()).toContain('graph=');
  });

  it('Export PNG downloads a PNG of the view, and the data exports download the filtered graph', async () => {
    const { page } = session;
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page
      .getByRole('group', { name: 'Province' })
      .getByRole('checkbox', { name: /Zhejiang/ })
      .check();
    const shown = Number(/^(\d+) of/.exec(await status(page))![1]);
    await page.getByText('Export', { exact: true }).click();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^graphology JSON/ }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { nodes: unknown[] };
    expect(exported.nodes).toHaveLength(shown);
  });
});
