// e2e: the new filters on a user's own graph (an edge facet, a numeric range, weights) and the YRD stage filter.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGraphFile, statusText, useSession } from './useSession';

const readFixture = (name: string) => readFileSync(path.resolve('tests/fixtures/import', name), 'utf8');

/** "N of M nodes · n of m edges" as numbers. */
async function counts(page: Parameters<typeof statusText>[0]) {
  const match = /^(\d+) of (\d+) nodes · (\d+) of (\d+) edges/.exec(await statusText(page));
  if (!match) throw new Error('no counts in the status line');
  const [nodes, totalNodes, edges, totalEdges] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { nodes, totalNodes, edges, totalEdges };
}

describe('filters on edges, ranges and stages', () => {
  const session = useSession({ startAt: '' });

  it('filters a Gephi GEXF with weights and edge types by an edge facet and a numeric range', async () => {
    const { page } = session;
    // 12 cities, 15 rail links each with a `line` and a `weight`; each city has a population (millions).
    await openGraphFile(page, 'rail.gexf', readFixture('gephi-yrd-rail.gexf'));
    await expect.poll(() => statusText(page)).toMatch(/^12 of 12 nodes · 15 of 15 edges/);

    // The `line` edge attribute is an edge facet: unchecking one line hides its 4 links, the cities stay.
    const line = page.getByRole('group', { name: 'line' });
    await line.getByRole('checkbox', { name: /^Shanghai–Nanjing intercity/ }).uncheck();
    await expect.poll(() => statusText(page)).toMatch(/^12 of 12 nodes · 11 of 15 edges/);
    const param = (name: string) => new URL(page.url()).searchParams.get(name) ?? '';
    expect(decodeURIComponent(param('e.line'))).toBe('Shanghai–Nanjing intercity');

    // A range on the population: only the 6 cities of 9 million or more stay, and only links between them.
    await page.getByLabel('Filter nodes by the range of').selectOption({ label: 'population' });
    const range = page.getByRole('group', { name: 'population' });
    expect(await range.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Histogram of population: 12 nodes with values 2\.16–24\.9/,
    );
    await range.getByRole('spinbutton', { name: 'Minimum population' }).fill('9');
    await expect.poll(() => statusText(page)).toMatch(/^6 of 12 nodes/);
    const filtered = await counts(page);
    expect(filtered.edges).toBeLessThan(11);
    expect(param('r.attr:population')).toBe('9,24.9');

    // The weights: edge thickness shows them by default, and weighted degree is offered under Size by.
    expect(await page.getByRole('combobox', { name: 'Edge weights' }).inputValue()).toBe('weight');
    expect(await page.getByRole('checkbox', { name: 'Edge thickness by weight' }).isChecked()).toBe(true);
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await page.getByLabel('Size by').selectOption({ label: 'Weighted degree' });
    await expect.poll(() => page.url()).toContain('size=weightedDegree');

    // Removing the range brings every city back; the edge facet stays.
    await page.getByRole('button', { name: 'Remove the population range' }).click();
    await expect.poll(() => statusText(page)).toMatch(/^12 of 12 nodes · 11 of 15 edges/);
  });

  it('shows only new statements of the YRD report, keeping relations without a stage', async () => {
    const { page } = session;
    await expect.poll(() => statusText(page)).toMatch(/^\d+ of \d+ nodes/);
    const all = await counts(page);
    await page.getByRole('radiogroup', { name: 'Stage' }).getByRole('radio', { name: /^New/ }).check();
    await expect.poll(async () => (await counts(page)).edges).toBeLessThan(all.edges);
    const onlyNew = await counts(page);
    expect(onlyNew.nodes).toBe(all.nodes);
    expect(page.url()).toContain('stage=new');
    await page
      .getByRole('radiogroup', { name: 'Stage' })
      .getByRole('radio', { name: /^Continuing/ })
      .check();
    await expect.poll(async () => (await counts(page)).edges).not.toBe(onlyNew.edges);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(async () => (await counts(page)).edges).toBe(all.edges);
  });
});
