// Unit tests of rule chinese-text: a dataset that declares Chinese needs every Chinese text, and the YRD data has them.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../../src/data/datasetFile';
import { formatIssue } from '../../../src/data/issues';
import { validateDataset } from '../../../src/data/validateDataset';
import { getEntries, makeValidDataset } from '../../fixtures/data/makeValidDataset';
import { readDataset } from '../../../scripts/lib/readDataset';

/** The valid fixture, declared bilingual, with every Chinese text but the ones `skip` names. */
function makeBilingualDataset(skip: string[] = []): DatasetInput {
  const input = makeValidDataset();
  const meta = input.files['meta.json'];
  if (meta?.ok) (meta.data as Record<string, unknown>).languages = ['en', 'zh'];
  for (const [path, file] of Object.entries(input.files)) {
    if (!file.ok || !Array.isArray(file.data)) continue;
    for (const entry of getEntries(input, path)) {
      const id = String(entry.key ?? `${String(entry.source)} ${String(entry.relation)}`);
      const add = (field: string, value: unknown) => {
        if (!skip.includes(`${id}.${field}`)) entry[field] = value;
      };
      if (entry.description) add('descriptionZh', '说明。');
      if (entry.note) add('noteZh', '注释。');
      if (entry.title) add('titleZh', '职务');
      if (Array.isArray(entry.titles))
        add(
          'titlesZh',
          entry.titles.map(() => '职务'),
        );
    }
  }
  return input;
}

describe('rule chinese-text', () => {
  it('accepts a bilingual dataset with every Chinese text', () => {
    expect(validateDataset(makeBilingualDataset()).issues.map(formatIssue)).toEqual([]);
  });

  it('names each missing Chinese field', () => {
    const input = makeBilingualDataset([
      'leader/chen-jining.descriptionZh',
      'leader/chen-jining.titlesZh',
      'province/shanghai member_of.noteZh',
    ]);
    expect(validateDataset(input).issues.map(formatIssue)).toEqual([
      'nodes/leaders.json: leader/chen-jining: [chinese-text] descriptionZh is missing',
      'nodes/leaders.json: leader/chen-jining: [chinese-text] titlesZh is missing',
      'edges/p03.json: province/shanghai -member_of-> region/yrd: [chinese-text] noteZh is missing',
    ]);
  });

  it('does not ask for Chinese texts when the dataset does not declare Chinese', () => {
    expect(validateDataset(makeValidDataset()).errorCount).toBe(0);
  });
});

describe('the YRD dataset in Chinese', () => {
  const { input } = readDataset();

  it('declares Chinese and passes rule chinese-text', () => {
    const meta = input.files['meta.json'];
    expect(meta?.ok && (meta.data as { languages?: string[] }).languages).toContain('zh');
    expect(validateDataset(input).issues.filter((issue) => issue.rule === 'chinese-text')).toEqual([]);
  });

  it('gives every node with a description a Chinese description, and every leader Chinese offices', () => {
    const nodes = Object.keys(input.files)
      .filter((path) => path.startsWith('nodes/'))
      .flatMap((path) => getEntries(input, path));
    expect(nodes.length).toBeGreaterThan(100);
    expect(nodes.filter((node) => node.description && !node.descriptionZh).map((node) => node.key)).toEqual(
      [],
    );
    const leaders = getEntries(input, 'nodes/leaders.json');
    for (const leader of leaders)
      expect((leader.titlesZh as string[]).length).toBe((leader.titles as string[]).length);
  });

  it('writes descriptions and offices without English words', () => {
    const nodes = Object.keys(input.files)
      .filter((path) => path.startsWith('nodes/'))
      .flatMap((path) => getEntries(input, path));
    const english = nodes.flatMap((node) =>
      [node.descriptionZh as string, ...((node.titlesZh as string[] | undefined) ?? [])].filter((text) =>
        /[A-Za-z]{3,}/.test(text),
      ),
    );
    expect(english).toEqual([]);
  });
});
