// e2e: accessibility: axe finds no serious or critical violations; a keyboard-only journey; the table view.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { statusText, useSession } from './useSession';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the devtools protocol: the app's Content Security Policy rightly refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  const session = useSession();

  it('axe finds no serious or critical violations in the main views', async () => {
    const { page, baseURL } = session;
    const views = [
      '',
      '?node=leader/wang-qingxian',
      '?panel=source&node=province/anhui',
      '?panel=path&from=leader/liu-jie&to=province/anhui',
      '?panel=table&provinces=zhejiang',
      '?panel=compare',
      '?panel=metrics',
      '?edge=holds_office:leader/liu-jie->province/zhejiang',
      '?lang=zh&node=leader/wang-qingxian',
    ];
    for (const view of views) {
      await page.goto(`${baseURL}${view}`);
      await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(200);
      expect({ view, violations: await seriousViolations(page) }).toEqual({ view, violations: [] });
    }
  });

  it('a keyboard-only journey: search, select, move to a neighbour, read the evidence', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached' });
    await page.keyboard.press('/');
    await page.keyboard.type('Wang Qingxian');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page)).toContain('selected: Wang Qingxian');
    // Tab leaves the search box; "]" moves focus to the first neighbour link in Details; Enter selects it.
    await page.keyboard.press('Tab');
    await page.keyboard.press(']');
    // The focus moves on the next frame, once Details is showing.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('node-link') ?? false))
      .toBe(true);
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page)).toContain(`selected: ${focused}`);
    const details = page.getByRole('region', { name: 'Details' });
    expect(await details.getByRole('heading', { level: 2 }).innerText()).toBe(focused);
    expect(await details.locator('blockquote').count()).toBeGreaterThan(0);
    // "?" lists the shortcuts; Escape closes the dialog.
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('the table view lists the nodes and relations that the filters show, and a row selects', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?provinces=anhui`);
    await page.getByRole('tab', { name: 'Table' }).click();
    const nodes = page.getByRole('table', { name: /^Nodes/ });
    await nodes.waitFor();
    const shown = Number(/^(\d+) of/.exec(await statusText(page))![1]);
    expect(await nodes.getByRole('row').count()).toBe(shown + 1);
    expect(await nodes.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Name'), expect.stringContaining('Kind')]),
    );
    await nodes.getByRole('button', { name: 'Wang Qingxian' }).click();
    await expect.poll(() => statusText(page)).toContain('selected: Wang Qingxian');
    const relations = page.getByRole('table', { name: /^Relations/ });
    expect(await relations.getByRole('row').count()).toBeGreaterThan(10);
  });

  it('the Chinese interface, chosen with the Language control, shows 王清宪 and 安徽 in Details and keeps ?lang=zh', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?node=leader/wang-qingxian`);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect.poll(() => page.url()).toContain('lang=zh');
    const details = page.getByRole('region', { name: '详情' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).innerText()).toBe('王清宪');
    expect(await details.getByRole('button', { name: /^安徽/ }).count()).toBeGreaterThan(0);
    expect(await details.innerText()).toContain('安徽');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('长三角知识图谱浏览器');
    // The filters load after the first frame.
    await expect
      .poll(() => page.getByRole('group', { name: '省市' }).getByRole('checkbox', { name: /安徽/ }).count())
      .toBe(1);
    // Search matches both languages.
    await page.getByRole('combobox', { name: '搜索' }).fill('浙江');
    await expect
      .poll(() => page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().innerText())
      .toContain('浙江');
    await page.reload();
    await expect
      .poll(() => page.getByRole('region', { name: '详情' }).getByRole('heading', { level: 2 }).innerText())
      .toBe('王清宪');
  });
});
