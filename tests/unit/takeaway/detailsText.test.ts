// Unit tests of a node's Details as text: name, kind, facts, relations grouped as in Details, quotes with paragraphs.
import { describe, expect, it } from 'vitest';
import { describeNode } from '../../../src/model/describe';
import { formatNodeDetailsText } from '../../../src/ui/details/detailsText';
import { makeI18n } from '../../../src/ui/i18n/makeI18n';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('formatNodeDetailsText', () => {
  it('writes the heading, facts and every relation with its quote and paragraph', () => {
    const node = describeNode(makeTinyGraph(), 'leader/liu-jie')!;
    const text = formatNodeDetailsText(node, makeI18n('en'), 'The 2025 symposium');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Liu Jie');
    expect(lines[1]).toBe('Kind: leader');
    expect(text).toContain('Titles: Governor of Zhejiang');
    expect(text).toContain('Relations (4)');
    expect(text).toMatch(
      /\n- Common prosperity\n {4}“leader\/liu-jie pledged theme\/common-prosperity” \(¶14\)/,
    );
    expect(text).toContain('- Zhejiang');
    expect(lines.at(-1)).toBe('Source: The 2025 symposium');
  });

  it('puts the Chinese name first in Chinese, with the English name beside it', () => {
    const node = describeNode(makeTinyGraph(), 'province/zhejiang')!;
    const text = formatNodeDetailsText(node, makeI18n('zh'));
    expect(text.split('\n')[0]).toBe('浙江 (Zhejiang)');
    expect(text.split('\n')[1]).toBe('类型：省市');
    expect(text).toMatch(/（第 3 段）|\(第 3 段\)/);
    expect(text).not.toContain('Source:');
  });
});
