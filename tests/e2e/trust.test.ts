// e2e: About / Method, searching the report's sentences, the notebook (reload, Markdown export) and report bundles.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGraphFile, statusText, useSession } from './useSession';

const source = (page: Page) => page.getByRole('region', { name: 'Source' });

describe('trust and take-away', () => {
  const session = useSession();

  it('the About dialog shows the source, its date and place, the method and the counts; Esc closes it', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    const about = page.getByRole('button', { name: 'About' });
    await about.click();
    const dialog = page.getByRole('dialog', { name: 'About this graph and how it was made' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('2025 Annual Symposium of Key Leaders of the Yangtze River Delta');
    expect(text).toContain('6–7 June 2025');
    expect(text).toContain('Nanjing');
    expect(text).toContain('English machine translation');
    expect(text).toContain('How the graph was built');
    expect(text).toMatch(/\d+ stated and \d+ inferred relations/);
    expect(await dialog.getByRole('table', { name: 'Nodes by kind' }).count()).toBe(1);
    expect(text).toMatch(/version \d+\.\d+\.\d+/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // Focus returns to the button that opened the dialog.
    expect(await about.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('searching "sewage" lists a sentence with its paragraph; choosing it opens Source there, highlighted', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('sewage');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    const inReport = listbox.getByRole('group', { name: 'In the report' });
    const sentence = inReport.getByRole('option').first();
    await sentence.waitFor();
    expect(await sentence.innerText()).toMatch(/^¶8\b/);
    expect(await sentence.locator('mark').allInnerTexts()).toEqual(['sewage']);
    // Keyboard: the sentence is reachable with the arrow keys across the groups, and Enter chooses it.
    const options = listbox.getByRole('option');
    const count = await options.count();
    for (let i = 1; i < count; i += 1) await box.press('ArrowDown');
    expect(await options.nth(count - 1).getAttribute('aria-selected')).toBe('true');
    await sentence.click();
    await source(page).waitFor();
    expect(page.url()).toContain('panel=source');
    expect(page.url()).toContain('focus=8');
    const marked = source(page).locator('#source-paragraph-8 mark.evidence-mark');
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    expect((await marked.allInnerTexts()).join('')).toContain('sewage rights pilot');
    await expect.poll(() => statusText(page)).toContain('paragraph 8');
  });

  it('two relations added to the notebook survive a reload and export as Markdown with quotes and paragraphs', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?node=leader/chen-jining`);
    const details = page.getByRole('region', { name: 'Details' });
    const adds = details.getByRole('button', { name: /^Add to notebook: / });
    await adds.first().waitFor();
    const first = (await adds.nth(0).getAttribute('aria-label'))!.replace('Add to notebook: ', '');
    const second = (await adds.nth(1).getAttribute('aria-label'))!.replace('Add to notebook: ', '');
    await adds.nth(0).click();
    await details.getByRole('button', { name: `In notebook: ${first}` }).waitFor();
    await details.getByRole('button', { name: `Add to notebook: ${second}` }).click();
    await details.getByRole('button', { name: `In notebook: ${second}` }).waitFor();

    await page.reload();
    await page.getByRole('tab', { name: 'Notebook' }).click();
    const notebook = page.getByRole('region', { name: 'Notebook' });
    const items = notebook.getByRole('listitem').filter({ has: page.locator('.notebook-sentence') });
    await expect.poll(() => items.count()).toBe(2);
    expect(await notebook.locator('.notebook-sentence').allInnerTexts()).toEqual([first, second]);
    // Reorder and annotate: the export follows.
    await notebook.getByRole('button', { name: `Move up: ${second}` }).click();
    expect(await notebook.locator('.notebook-sentence').allInnerTexts()).toEqual([second, first]);
    await notebook.getByRole('textbox', { name: 'Your note' }).first().fill('Check the Chinese original.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notebook.getByRole('button', { name: 'Export notebook' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('notebook-yrd-2025.md');
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain(`1. **${second}**`);
    expect(markdown).toContain(`2. **${first}**`);
    expect(markdown).toContain('Note: Check the Chinese original.');
    const quotes = [...markdown.matchAll(/> “(.+?)” \(¶(\d+)\)/g)];
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(markdown).toMatch(/Source: Knowledge graph “yrd-2025”.*version \d+\.\d+\.\d+\./);
  });

  it('a damaged stored notebook is reported plainly and the app keeps working', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    await page.evaluate(() =>
      localStorage.setItem('yrd-kg-explorer:notebook:yrd-2025', '{"version":1,"items":[{'),
    );
    await page.goto(`${baseURL}?panel=notebook`);
    const notebook = page.getByRole('region', { name: 'Notebook' });
    await notebook.waitFor();
    expect(await notebook.getByRole('alert').innerText()).toContain('could not be read');
    expect(await notebook.innerText()).toContain('The notebook is empty.');
    const backup = await page.evaluate(() =>
      localStorage.getItem('yrd-kg-explorer:notebook:yrd-2025:damaged-backup'),
    );
    expect(backup).toBe('{"version":1,"items":[{');
  });

  it('the example report bundle opened through the file input shows its Source and evidence', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    const bundle = readFileSync('graph-data/examples/meadowfield-water-forum.bundle.json', 'utf8');
    await openGraphFile(page, 'meadowfield-water-forum.bundle.json', bundle, 'application/json');
    await expect.poll(() => statusText(page)).toMatch(/^10 of 10 nodes · 13 of 13 edges/);
    await page.getByRole('tab', { name: 'Source' }).click();
    const reader = source(page);
    expect(await reader.getByRole('heading', { level: 2 }).innerText()).toBe(
      'Report: Meadowfield Valley Water Forum 2024 (fictional example)',
    );
    expect(await reader.locator('.source-paragraphs > li').count()).toBe(4);
    // Entities are marked in the text; choosing one shows its relations with their quotes in Details.
    await reader.getByRole('link', { name: 'Clean Rivers Programme' }).first().click();
    await page.getByRole('tab', { name: 'Details' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    expect(await details.innerText()).toContain('“The forum resolved to promote the Clean Rivers Programme”');
    // A relation's evidence is highlighted in Source, at its paragraph.
    await details
      .getByRole('button', { name: /^\(relation\)/ })
      .first()
      .click();
    await page.getByRole('tab', { name: 'Source' }).click();
    const marks = reader.locator('mark.evidence-mark');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    // Searching the text finds the bundle's sentences, too.
    await page.getByRole('combobox', { name: 'Search' }).fill('sewage');
    const sentence = page.getByRole('group', { name: 'In the report' }).getByRole('option').first();
    expect(await sentence.innerText()).toMatch(/^¶3\b/);
    // About shows the file's own metadata.
    await page.getByRole('button', { name: 'About' }).click();
    const dialog = page.getByRole('dialog', { name: 'About this graph and how it was made' });
    expect(await dialog.innerText()).toContain('YRD Knowledge-Graph Explorer documentation');
  });

  it('a bundle whose quote is not in its text is refused with a clear message', async () => {
    const { page, baseURL } = session;
    await page.goto(baseURL);
    const bundle = readFileSync('graph-data/examples/meadowfield-water-forum.bundle.json', 'utf8').replace(
      '"quote": "was held in Riverton on 12 March 2024"',
      '"quote": "was held in Riverton on 13 March 2024"',
    );
    await openGraphFile(page, 'broken.bundle.json', bundle, 'application/json');
    const alert = page.getByRole('alert').filter({ hasText: 'broken.bundle.json' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'edge "e1" evidence #1: the quote is not verbatim in paragraph 1',
    );
  });
});
