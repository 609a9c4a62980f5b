// e2e: in 中文 the YRD data reads in Chinese — Liu Jie's Details (description, offices, office titles), the canvas's
// text alternative, the path explanation and its Copy text, and the Table view. Quotes stay in the source's English.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSession } from './useSession';

/** Latin words of three letters or more: what an English text left behind would contain. */
const ENGLISH_WORD = /[A-Za-z]{3,}/;

const details = (page: Page) => page.getByRole('region', { name: '详情' });

/** The texts of the Details' offices: the <dd>s after the 职务 term, up to the next term. */
function officeTexts(page: Page): Promise<string[]> {
  return details(page)
    .locator('dl.details-facts')
    .evaluate((list) => {
      const texts: string[] = [];
      let inOffices = false;
      for (const child of Array.from(list.children)) {
        if (child.tagName === 'DT') inOffices = child.textContent === '职务';
        else if (inOffices) texts.push(child.textContent ?? '');
      }
      return texts;
    });
}

describe('the data in Chinese', () => {
  const session = useSession();

  it("Liu Jie's Details contain no English title or description", async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?lang=zh&node=leader/liu-jie`);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).innerText()).toBe('刘捷');
    const description = await details(page).locator('.details-description').innerText();
    expect(description).toBe('浙江省省长；在成果发布会上代表浙江发言。');
    const offices = await officeTexts(page);
    expect(offices).toEqual(['中共浙江省委副书记', '浙江省省长']);
    const officeTitles = await details(page).locator('.relation-title').allInnerTexts();
    expect(officeTitles.length).toBe(2);
    for (const text of [description, ...offices, ...officeTitles]) expect(text).not.toMatch(ENGLISH_WORD);
    // The English texts are nowhere in the panel (the quotes are the source's words, which never say these).
    const panel = await details(page).innerText();
    expect(panel).not.toContain('spoke for Zhejiang');
    expect(panel).not.toContain('Deputy Secretary of the CPC');
  });

  it("the canvas's text alternative names the dataset and the selection in Chinese", async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?lang=zh&node=leader/liu-jie`);
    const alternative = page.locator('#graph-description');
    await expect.poll(() => alternative.textContent()).toContain('已选：刘捷');
    const text = (await alternative.textContent()) ?? '';
    expect(text).toContain('2025年度长三角地区主要领导座谈会');
    expect(text).not.toMatch(ENGLISH_WORD);
    expect(await page.getByRole('region', { name: '图谱' }).getAttribute('aria-describedby')).toBe(
      'graph-description',
    );
  });

  it('the path explanation and its Copy text read in Chinese, apart from the quotes', async () => {
    const { page, baseURL, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL).origin,
    });
    await page.goto(`${baseURL}?lang=zh&panel=path&from=leader/liu-jie&to=province/anhui`);
    const first = page.getByRole('region', { name: /^路径 1/ });
    await first.waitFor();
    const sentences = await first.locator('.hop-sentence').allInnerTexts();
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence).not.toMatch(ENGLISH_WORD);
    expect(sentences[0]).toContain('刘捷');
    await page.getByRole('button', { name: '复制' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('刘捷');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n').filter((line) => !line.trim().startsWith('“'));
    expect(lines.filter((line) => ENGLISH_WORD.test(line))).toEqual([]);
    expect(copied).toContain('(¶');
    expect(copied).toContain('来源：2025年度长三角地区主要领导座谈会');
    expect(copied).not.toContain('来源：报告：');
  });

  it('the Table view names entities and relations in Chinese', async () => {
    const { page, baseURL } = session;
    await page.goto(`${baseURL}?lang=zh&panel=table&provinces=zhejiang`);
    const relations = page.getByRole('table', { name: /^关系/ });
    await expect.poll(() => relations.getByRole('row').count()).toBeGreaterThan(10);
    const rows = await relations.getByRole('row').allInnerTexts();
    expect(rows.filter((row) => ENGLISH_WORD.test(row))).toEqual([]);
    expect(rows.join('\n')).toContain('刘捷');
  });
});
