// Unit tests of the notebook: pure updates, the Markdown export, and tolerant storage (damaged JSON, no storage).
import { describe, expect, it } from 'vitest';
import {
  addNotebookItem,
  annotateNotebookItem,
  formatNotebookMarkdown,
  moveNotebookItem,
  removeNotebookItem,
  type NotebookItem,
} from '../../../src/model/notebook';
import { loadNotebook, parseNotebook } from '../../../src/data/notebookStorage';
import {
  hasStoredNotebook,
  NOTEBOOK_BACKUP_SUFFIX,
  notebookKey,
  saveNotebook,
} from '../../../src/data/notebookSave';
import { MESSAGES } from '../../../src/ui/i18n/messages';

const A: NotebookItem = {
  id: 'edge:a',
  sentence: 'Chen Jining holds office in Shanghai',
  evidence: [{ paragraph: 1, quote: 'Chen Jining, Secretary of Shanghai Municipal Party Committee' }],
  note: '',
};
const B: NotebookItem = {
  id: 'edge:b',
  sentence: 'Zhejiang pledged Innovation',
  evidence: [
    { paragraph: 13, quote: 'Zhejiang will accelerate innovation' },
    { paragraph: 14, quote: 'build an innovation corridor' },
  ],
  note: 'Compare with Anhui.\nSee also ¶15.',
};

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('notebook updates', () => {
  it('adds once per id, moves, annotates and removes', () => {
    let items = addNotebookItem([], A);
    items = addNotebookItem(items, B);
    items = addNotebookItem(items, { ...A, sentence: 'again' });
    expect(items.map((i) => i.id)).toEqual(['edge:a', 'edge:b']);
    expect(items[0]!.sentence).toBe(A.sentence);
    items = moveNotebookItem(items, 'edge:b', -1);
    expect(items.map((i) => i.id)).toEqual(['edge:b', 'edge:a']);
    expect(moveNotebookItem(items, 'edge:b', -1).map((i) => i.id)).toEqual(['edge:b', 'edge:a']);
    expect(moveNotebookItem(items, 'edge:a', 1).map((i) => i.id)).toEqual(['edge:b', 'edge:a']);
    items = annotateNotebookItem(items, 'edge:a', 'key office');
    expect(items[1]!.note).toBe('key office');
    expect(removeNotebookItem(items, 'edge:b').map((i) => i.id)).toEqual(['edge:a']);
  });
});

describe('formatNotebookMarkdown', () => {
  it('lists each item with its quotes and paragraphs, the note, and the citation at the end', () => {
    const markdown = formatNotebookMarkdown(
      [A, B],
      { title: 'YRD 2025', citation: 'Knowledge graph “yrd-2025”.' },
      MESSAGES.en.trust.markdown,
    );
    expect(markdown).toBe(
      [
        '# Notebook: YRD 2025',
        '',
        '1. **Chen Jining holds office in Shanghai**',
        '',
        '   > “Chen Jining, Secretary of Shanghai Municipal Party Committee” (¶1)',
        '',
        '2. **Zhejiang pledged Innovation**',
        '',
        '   > “Zhejiang will accelerate innovation” (¶13)',
        '',
        '   > “build an innovation corridor” (¶14)',
        '',
        '   Note: Compare with Anhui.',
        '   See also ¶15.',
        '',
        '---',
        '',
        'Source: Knowledge graph “yrd-2025”.',
        '',
      ].join('\n'),
    );
  });

  it('says when an item has no quote, and works for an empty notebook', () => {
    const words = MESSAGES.en.trust.markdown;
    const one = formatNotebookMarkdown([{ ...A, evidence: [] }], { title: 'x', citation: 'c' }, words);
    expect(one).toContain('1. **Chen Jining holds office in Shanghai**\n   No quoted evidence.');
    expect(formatNotebookMarkdown([], { title: 'x', citation: 'c' }, words)).toBe(
      '# Notebook: x\n\n---\n\nSource: c\n',
    );
  });
});

describe('notebook storage', () => {
  it('round-trips a notebook under a key that names the dataset', () => {
    const storage = memoryStorage();
    expect(saveNotebook(storage, 'yrd-2025', [A, B])).toBeNull();
    expect([...storage.data.keys()]).toEqual([notebookKey('yrd-2025')]);
    expect(notebookKey('yrd-2025')).toContain('yrd-2025');
    expect(loadNotebook(storage, 'yrd-2025')).toEqual({ items: [A, B], problem: null });
    expect(loadNotebook(storage, 'other.gexf')).toEqual({ items: [], problem: null });
    // Only a dataset with something stored needs the reader.
    expect(hasStoredNotebook(storage, 'yrd-2025')).toBe(true);
    expect(hasStoredNotebook(storage, 'other.gexf')).toBe(false);
    expect(hasStoredNotebook(memoryStorage({ [notebookKey('d')]: '{oops' }), 'd')).toBe(true);
  });

  it('reports damaged JSON or a wrong shape, starts empty, and keeps a backup of the damaged text', () => {
    expect(parseNotebook('{not json')).toEqual({ items: [], problem: 'damaged' });
    expect(parseNotebook('{"version":1,"items":[{"id":"x"}]}').problem).toBe('damaged');
    expect(parseNotebook('[]').problem).toBe('damaged');
    const storage = memoryStorage({ [notebookKey('d')]: '{oops' });
    expect(loadNotebook(storage, 'd')).toEqual({ items: [], problem: 'damaged' });
    expect(storage.data.get(`${notebookKey('d')}${NOTEBOOK_BACKUP_SUFFIX}`)).toBe('{oops');
  });

  it('survives a storage that throws or is missing', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadNotebook(throwing, 'd')).toEqual({ items: [], problem: 'unavailable' });
    expect(saveNotebook(throwing, 'd', [A])).toBe('QuotaExceededError');
    expect(loadNotebook(null, 'd').problem).toBe('unavailable');
    expect(saveNotebook(null, 'd', [A])).toMatch(/not available/);
    expect(hasStoredNotebook(throwing, 'd')).toBe(false);
    expect(hasStoredNotebook(null, 'd')).toBe(false);
  });
});
