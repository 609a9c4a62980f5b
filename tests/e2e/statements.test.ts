// e2e: the statement model in the app: the province filter (any / shared by all) on the new shape, a leader's
// pledges in Details through the speaker, and Compare counting a single pledge as 1.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { facetScope } from '../../src/model/facets';
import { statusText, useSession } from './useSession';

const yrd = Graph.from(JSON.parse(readFileSync('graph-data/yrd-2025.graph.json', 'utf8')));
const provinces = { facet: 'province', values: ['province/shanghai', 'province/anhui'] };
const shown = async (page: Page) => Number(/^(\d+) of/.exec(await statusText(page))![1]);

describe('the statement model in the app', () => {
  const session = useSession({ startAt: '?provinces=shanghai,anhui' });

  it('the province filter shows the union, then only what every chosen province shares', async () => {
    const { page } = session;
    const any = facetScope(yrd, provinces.facet, provinces.values, 'any');
    const all = facetScope(yrd, provinces.facet, provinces.values, 'all');
    // Shanghai's Party secretary holds office only in the Party committee: the province still brings him in.
    expect(any.has('leader/chen-jining') && any.has('organization/cpc-shanghai-committee')).toBe(true);
    expect(all.size).toBeLessThan(any.size);
    await expect.poll(() => shown(page)).toBe(any.size);
    await page.getByRole('radio', { name: 'Shared by all selected' }).check();
    await expect.poll(() => shown(page)).toBe(all.size);
    expect(page.url()).toContain('mode=all');
  });

  it("a leader's Details list the pledges he made for his province, each with its quote", async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?node=leader/liu-jie`);
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).innerText()).toBe('Liu Jie');
    const pledged = details.getByRole('region', { name: 'pledged' });
    expect(await pledged.innerText()).toContain('faithfully practicing the "88 Strategy"');
  });

  it('Compare shows 1 for a province that made a single pledge of a theme', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await page.getByRole('tab', { name: 'Compare' }).click();
    const themes = page.getByRole('table', { name: /Themes by province/ });
    await themes.waitFor();
    const cell = themes.getByRole('button', { name: /^Anhui · Ecological Barrier of the YRD:/ });
    expect(await cell.innerText()).toBe('1');
    const counts = await themes.getByRole('button').allInnerTexts();
    expect(counts.length).toBeGreaterThan(40);
    // Every pledge is one statement: no cell doubles any more (before, almost every cell showed 2).
    expect(counts.filter((count) => count === '1').length).toBeGreaterThan(counts.length * 0.9);
  });
});
