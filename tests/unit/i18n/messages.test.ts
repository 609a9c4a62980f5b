// The dictionaries: Chinese has every entry English has, and none of its words is left in English.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/ui/i18n/messages';
import { SHORTCUTS } from '../../../src/ui/keyboard/shortcuts';

/** Names, formats, terms and CSV column names written the same in both languages. */
const SAME_IN_BOTH =
  /source\/target|from\/to|src\/dst|node1\/node2|PageRank|Louvain|GEXF|Gephi|GraphML|graphology|JSON|CSV|PNG|SVG|Escape|Enter/g;

/** Every entry as [path, value]: strings, and functions called with sample arguments. */
function entries(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String(value('甲', 2, 3, 4))]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => entries(child, `${path}.${key}`));
  return [];
}

describe('dictionaries', () => {
  const en = new Map(entries(MESSAGES.en));
  const zh = new Map(entries(MESSAGES.zh));

  it('have the same entries', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('leave no English word in Chinese', () => {
    const english = [...zh].filter(([, text]) => /[A-Za-z]{3}/.test(text.replace(SAME_IN_BOTH, '')));
    expect(english).toEqual([]);
    expect(zh.get('.shortcuts')).toBe('键盘快捷键');
  });

  it('describe every row of the shortcut registry', () => {
    for (const row of SHORTCUTS) {
      expect(MESSAGES.en.shortcutRows[row.id]).toBeTruthy();
      expect(MESSAGES.zh.shortcutRows[row.id]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
