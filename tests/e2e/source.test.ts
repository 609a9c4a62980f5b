// e2e: the Source reader and the path finder: marked mentions, mention → selection, paths with evidence, focus.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { measureGraphPixels } from './browser';
import { statusText, useSession } from './useSession';

const source = (page: Page) => page.getByRole('region', { name: 'Source' });

async function choose(page: Page, name: string, query: string) {
  const box = page.getByRole('combobox', { name });
  await box.fill(query);
  await page
    .getByRole('listbox', { name: `${name} results` })
    .getByRole('option')
    .first()
    .waitFor();
  await box.press('Enter');
}

describe('source and paths', () => {
  const session = useSession();

  it('selecting an entity marks its mentions in the source', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await choose(page, 'Search', 'Wang Qingxian');
    await page.getByRole('tab', { name: 'Source' }).click();
    const marks = source(page).locator('mark');
    await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(2);
    expect(await marks.allInnerTexts()).toEqual(expect.arrayContaining(['Wang Qingxian']));
    expect(await marks.first().isVisible()).toBe(true);
    expect(page.url()).toContain('panel=source');
  });

  it('activating a mention selects its entity', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?panel=source`);
    await source(page).getByRole('link', { name: 'Liang Yanshun' }).first().click();
    await expect.poll(() => statusText(page)).toContain('selected: Liang Yanshun');
    expect(page.url()).toContain('node=leader/liang-yanshun');
    // The mention is now marked as the selection, and Details agrees.
    expect(await source(page).locator('mark', { hasText: 'Liang Yanshun' }).count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Details' }).click();
    const heading = page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });
    expect(await heading.innerText()).toBe('Liang Yanshun');
  });

  it('From/To shows a path hop by hop with evidence, and Copy copies it with citations', async () => {
    const { page, baseURL, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL).origin,
    });
    await page.goto(baseURL);
    await page.getByRole('tab', { name: 'Path' }).click();
    const form = page.getByRole('form', { name: 'Path' });
    expect(await form.count()).toBe(1);
    await choose(page, 'From', 'Liu Jie');
    await choose(page, 'To', 'Anhui');
    const first = page.getByRole('region', { name: 'Path 1' });
    await first.waitFor();
    const text = await first.innerText();
    expect(text).toMatch(/Liu Jie/);
    expect(text).toMatch(/Anhui/);
    expect(text).toMatch(/¶\d+/);
    expect(page.url()).toContain('from=leader/liu-jie');
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.getByText('Copied the explanation').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/from Liu Jie to Anhui \(2 hops\):/);
    expect(copied).toContain('(¶');
  });

  it('a paragraph focus set through the URL focuses the graph on that paragraph', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?panel=source&focus=13`);
    const button = source(page).getByRole('button', { name: '¶13 focus the graph on this paragraph' });
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect(await statusText(page)).toContain('focused on paragraph 13');
    await page.waitForTimeout(300);
    const focused = await measureGraphPixels(page);
    // Activating it again clears the focus, the URL follows, and the faded rest of the graph regains its colours.
    await button.click();
    await expect.poll(() => page.url()).not.toContain('focus=13');
    await page.waitForTimeout(300);
    const unfocused = await measureGraphPixels(page);
    expect(unfocused.saturated).toBeGreaterThan(focused.saturated * 1.2);
  });

  it('the evidence filter shows only what the closing speeches state', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    const before = await statusText(page);
    await page.getByRole('button', { name: 'Closing speeches (¶12–15)' }).click();
    await expect.poll(() => statusText(page)).not.toBe(before);
    const group = page.getByRole('group', { name: 'Evidence' });
    expect(await group.getByRole('checkbox', { name: 'Paragraph 12' }).isChecked()).toBe(true);
    expect(await group.getByRole('checkbox', { name: 'Paragraph 1', exact: true }).isChecked()).toBe(false);
    expect(page.url()).toContain('paragraphs=12,13,14,15');
  });
});
