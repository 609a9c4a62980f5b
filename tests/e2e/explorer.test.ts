// e2e: the explorer journeys: search and Details, the province filter and reload, canvas click, Back, edge selection.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { statusText, useSession } from './useSession';

const details = (page: Page) => page.getByRole('region', { name: 'Details' });

async function searchAndSelect(page: Page, query: string) {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(query);
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  await search.press('Enter');
}

describe('explorer', () => {
  const session = useSession({ startAt: '' });

  it('search → select → Details shows the leader, his office and its evidence', async () => {
    const { page } = session;
    await searchAndSelect(page, 'Wang Qingxian');
    const panel = details(page);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe('Wang Qingxian');
    expect(await panel.innerText()).toContain('王清宪');
    const office = panel.getByRole('region', { name: 'holds office in' });
    expect(await office.getByRole('button', { name: 'Anhui', exact: true }).count()).toBe(1);
    expect(await office.innerText()).toContain(
      'Wang Qingxian, Deputy Secretary of Anhui Provincial Party Committee',
    );
    expect(page.url()).toContain('node=leader/wang-qingxian');
  });

  it('the province filter changes the status count, and the change survives a reload', async () => {
    const { page } = session;
    const before = await statusText(page);
    const [, total] = /^(\d+) of (\d+) nodes/.exec(before)!;
    expect(before).toMatch(new RegExp(`^${total} of ${total} nodes · \\d+ of \\d+ edges`));
    await page
      .getByRole('group', { name: 'Province' })
      .getByRole('checkbox', { name: /Zhejiang/ })
      .check();
    await expect.poll(() => statusText(page)).not.toBe(before);
    const filtered = await statusText(page);
    const shown = Number(/^(\d+) of/.exec(filtered)![1]);
    expect(shown).toBeLessThan(Number(total));
    expect(shown).toBeGreaterThan(5);
    expect(page.url()).toContain('provinces=zhejiang');
    await page.reload();
    await expect.poll(() => statusText(page)).toBe(filtered);
    expect(await page.getByRole('checkbox', { name: /Zhejiang/ }).isChecked()).toBe(true);
  });

  it('a click on a node in the canvas selects it', async () => {
    const { page } = session;
    // Selecting through search centres the camera on the node; clear the selection, then click the centre.
    await searchAndSelect(page, 'Liang Yanshun');
    await expect
      .poll(() => details(page).getByRole('heading', { level: 2 }).innerText())
      .toBe('Liang Yanshun');
    // The camera glides to the selection; once it rests, its position joins the URL.
    await expect.poll(() => page.url()).toContain('camera=');
    await page.waitForTimeout(300);
    // The first Escape clears the search box, the second the selection.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).count()).toBe(0);
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(() => details(page).getByRole('heading', { level: 2 }).innerText())
      .toBe('Liang Yanshun');
  });

  it('Back restores the previous selection', async () => {
    const { page } = session;
    await searchAndSelect(page, 'Wang Qingxian');
    await expect
      .poll(() => details(page).getByRole('heading', { level: 2 }).innerText())
      .toBe('Wang Qingxian');
    await details(page).getByRole('button', { name: 'Anhui', exact: true }).first().click();
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).innerText()).toBe('Anhui');
    await page.goBack();
    await expect
      .poll(() => details(page).getByRole('heading', { level: 2 }).innerText())
      .toBe('Wang Qingxian');
    expect(page.url()).toContain('node=leader/wang-qingxian');
  });

  it('selecting an edge shows its two ends, its relation and its evidence', async () => {
    const { page } = session;
    await searchAndSelect(page, 'Liu Jie');
    await details(page).getByRole('button', { name: '(relation) Liu Jie holds office in Zhejiang' }).click();
    const panel = details(page);
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).innerText())
      .toMatch(/Liu Jie\s+— holds office in →\s+Zhejiang/);
    expect(await panel.innerText()).toContain(
      'Liu Jie, Deputy Secretary of Zhejiang Provincial Party Committee',
    );
    expect(page.url()).toContain('edge=holds_office');
  });

  it('ignores a bad URL and shows the default view', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?node=leader/nobody&provinces=atlantis&camera=x&mode=%00`);
    const status = await statusText(page);
    const [, shown, total] = /^(\d+) of (\d+) nodes/.exec(status)!;
    expect(shown).toBe(total);
    expect(await details(page).getByRole('heading', { level: 2 }).count()).toBe(0);
  });
});
