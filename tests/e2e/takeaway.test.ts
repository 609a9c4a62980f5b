// e2e: answers to take away: Compare's readable headers, a cell highlighting the graph, CSV and PNG exports, Metrics.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR } from '../../src/style/palette';
import { measureGraphPixels } from './browser';
import { statusText, useSession } from './useSession';

/** Header cells whose text is wider than their box (cut off or scrolling), by their text. */
function clippedHeaders(page: Page, table: string): Promise<string[]> {
  return page.evaluate((name) => {
    const tables = [...document.querySelectorAll('table')];
    const found = tables.find((t) => t.querySelector('caption')?.textContent?.startsWith(name));
    if (!found) throw new Error(`no table ${name}`);
    return [...found.querySelectorAll('th')]
      .filter((th) => th.scrollWidth > th.clientWidth + 1 || th.scrollHeight > th.clientHeight + 1)
      .map((th) => th.textContent ?? '');
  }, table);
}

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('takeaway', () => {
  const session = useSession({ startAt: '?panel=compare' });

  it('Compare headers are never cut, in both orientations, and Chinese headers read upright', async () => {
    const { page } = session;
    const themes = page.getByRole('table', { name: /Themes by province/ });
    await themes.waitFor();
    expect(await themes.getByRole('columnheader').allInnerTexts()).toEqual([
      'Shanghai',
      'Jiangsu',
      'Zhejiang',
      'Anhui',
    ]);
    expect(await themes.getByRole('rowheader').count()).toBeGreaterThan(20);
    expect(await clippedHeaders(page, 'Themes by province')).toEqual([]);
    expect(await clippedHeaders(page, 'Programs by province')).toEqual([]);

    await page.getByRole('checkbox', { name: 'Provinces as columns' }).uncheck();
    expect(await themes.getByRole('rowheader').allInnerTexts()).toEqual([
      'Shanghai',
      'Jiangsu',
      'Zhejiang',
      'Anhui',
    ]);
    expect(await themes.getByRole('columnheader').count()).toBeGreaterThan(20);
    expect(await clippedHeaders(page, 'Themes by province')).toEqual([]);
    // Horizontal, never rotated.
    const writingMode = await themes
      .locator('.matrix-col-label')
      .first()
      .evaluate((el) => getComputedStyle(el).writingMode);
    expect(writingMode).toBe('horizontal-tb');

    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    const zhThemes = page.getByRole('table', { name: /^各省市的主题/ });
    await zhThemes.waitFor();
    expect(await clippedHeaders(page, '各省市的主题')).toEqual([]);
  });

  it('a click on a cell highlights its relations in the graph, and unpinning restores it', async () => {
    const { page } = session;
    const themes = page.getByRole('table', { name: /Themes by province/ });
    await themes.waitFor();
    await page.waitForTimeout(500);
    const before = await measureGraphPixels(page);
    const cell = themes.getByRole('button', { name: /^Zhejiang · .+: \d+ relations?$/ }).first();
    await cell.click();
    await page.getByText('Its relations are highlighted in the graph.').waitFor();
    await page.waitForTimeout(500);
    const highlighted = await measureGraphPixels(page);
    // The rest of the graph fades: clearly fewer strongly coloured pixels.
    expect(highlighted.saturated).toBeLessThan(before.saturated * 0.8);
    await expect.poll(() => page.getByText(/¶\d+/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear the highlight' }).click();
    await page.waitForTimeout(500);
    const after = await measureGraphPixels(page);
    expect(Math.abs(after.saturated - before.saturated)).toBeLessThan(before.saturated * 0.1);
  });

  it('exports a matrix and the relations table as CSV with readable headers', async () => {
    const { page } = session;
    const [matrix] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV: Themes by province' }).click(),
    ]);
    expect(matrix.suggestedFilename()).toBe('Themes-by-province.csv');
    const matrixText = readFileSync((await matrix.path())!, 'utf8').replace(/^\ufeff/, '');
    expect(matrixText.split('\r\n')[0]).toBe('Themes \\ Provinces,Shanghai,Jiangsu,Zhejiang,Anhui');
    expect(matrixText).not.toMatch(/theme\//);

    await page.getByText('Export', { exact: true }).click();
    const [relations] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Relations table for reading (CSV)' }).click(),
    ]);
    expect(relations.suggestedFilename()).toMatch(/\.relations\.csv$/);
    const lines = readFileSync((await relations.path())!, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'Source,Source (Chinese),Relation,Target,Target (Chinese),Stage,Paragraphs,Quotes,Note',
    );
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.join('\n')).not.toMatch(/parallelIndex|"\[\{|province\/zhejiang/);
  });

  it('Export PNG is twice the canvas size, framed with title, legend and credit', async () => {
    const { page } = session;
    const canvas = await page.locator('.graph-canvas').boundingBox();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const size = pngSize(readFileSync((await png.path())!));
    expect(size.width).toBe(Math.round(canvas!.width) * 2);
    // The header and footer add height above and below the drawing.
    expect(size.height).toBeGreaterThan(Math.round(canvas!.height) * 2 + 100);
  });

  it('Export SVG layers a selection: the faded rest first, the highlight on top', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?node=leader%2Fliu-jie`);
    await expect.poll(() => statusText(page)).toContain('selected: Liu Jie');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    const text = readFileSync((await svg.path())!, 'utf8');
    const strokes = [...text.matchAll(/<line [^>]*stroke="([^"]+)"/g)].map((match) => match[1]);
    const fills = [...text.matchAll(/<circle [^>]*fill="([^"]+)"/g)].map((match) => match[1]);
    for (const [colours, faded] of [
      [strokes, FADED_EDGE_COLOR],
      [fills, FADED_NODE_COLOR],
    ] as const) {
      const firstBright = colours.findIndex((colour) => colour !== faded);
      expect(firstBright).toBeGreaterThan(0);
      expect(colours.slice(firstBright)).not.toContain(faded);
    }
  });

  it('the Metrics table shows the PageRank column inside the panel at 420 px', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await page.getByRole('button', { name: 'Compute metrics' }).click();
    const table = page.locator('table.metrics-table');
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(20);
    const panel = await page.locator('.panels').boundingBox();
    const pagerank = await table.getByRole('columnheader', { name: /PageRank/ }).boundingBox();
    expect(pagerank!.x).toBeGreaterThanOrEqual(panel!.x);
    expect(pagerank!.x + pagerank!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
    // Communities are named after a member, not numbered.
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption({ label: 'Louvain community' });
    await expect.poll(() => table.locator('.community-cell').first().innerText()).toMatch(/^Community of /);
  });
});

describe('takeaway on a phone', () => {
  const session = useSession({ viewport: { width: 390, height: 844 }, startAt: '?panel=compare' });

  it('Compare fits the drawer: no sideways scrolling and no header cut', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Details and more' }).click();
    const themes = page.getByRole('table', { name: /Themes by province/ });
    await themes.waitFor();
    const wrap = await themes.evaluate((table) => {
      const box = table.parentElement!;
      return { scroll: box.scrollWidth, client: box.clientWidth };
    });
    expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
    expect(await clippedHeaders(page, 'Themes by province')).toEqual([]);
  });
});
