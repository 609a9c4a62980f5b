// The notebook: collected relations and paths with their quotes and the user's notes (plain data), its pure
// updates, and the Markdown it exports (words are given by the caller, in the interface language).
import type { Evidence } from './types';

export interface NotebookItem {
  /** Stable id of what was collected: "edge:<key>" for a relation, "path:<a>><b>…" for a path. */
  id: string;
  /** The relation or path as a sentence, e.g. "Chen Jining holds office in Shanghai". */
  sentence: string;
  /** The quotes that support it, with their paragraphs. */
  evidence: Evidence[];
  /** The user's annotation. */
  note: string;
}

/** Adds an item at the end; an item already there (same id) is left as it is. */
export function addNotebookItem(items: readonly NotebookItem[], item: NotebookItem): NotebookItem[] {
  return items.some((existing) => existing.id === item.id) ? [...items] : [...items, item];
}

export function removeNotebookItem(items: readonly NotebookItem[], id: string): NotebookItem[] {
  return items.filter((item) => item.id !== id);
}

/** Moves an item one place up (-1) or down (+1); at either end nothing changes. */
export function moveNotebookItem(items: readonly NotebookItem[], id: string, step: -1 | 1): NotebookItem[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + step;
  if (from === -1 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export function annotateNotebookItem(
  items: readonly NotebookItem[],
  id: string,
  note: string,
): NotebookItem[] {
  return items.map((item) => (item.id === id ? { ...item, note } : item));
}

export interface NotebookMarkdownWords {
  title(dataset: string): string;
  paragraph(n: number): string;
  note: string;
  noEvidence: string;
  cite: string;
}

/** Indents every line after the first so that it stays inside its list item. */
const indentLines = (text: string, indent: string) =>
  text
    .split(/\r?\n/)
    .map((line, i) => (i === 0 || !line.trim() ? line : `${indent}${line}`))
    .join('\n');

/**
 * The notebook as Markdown: a title, one numbered item per entry (sentence in bold, each quote as a block quote with
 * its paragraph, the note), and the dataset's citation at the end.
 */
export function formatNotebookMarkdown(
  items: readonly NotebookItem[],
  dataset: { title: string; citation: string },
  words: NotebookMarkdownWords,
): string {
  const lines: string[] = [`# ${words.title(dataset.title)}`, ''];
  items.forEach((item, index) => {
    const marker = `${index + 1}. `;
    const indent = ' '.repeat(marker.length);
    lines.push(`${marker}**${item.sentence.trim()}**`);
    if (item.evidence.length === 0) lines.push(`${indent}${words.noEvidence}`);
    for (const { quote, paragraph } of item.evidence) {
      lines.push('', `${indent}> “${quote}” (${words.paragraph(paragraph)})`);
    }
    const note = item.note.trim();
    if (note) lines.push('', `${indent}${words.note}: ${indentLines(note, indent)}`);
    lines.push('');
  });
  lines.push('---', '', `${words.cite}: ${dataset.citation}`, '');
  return lines.join('\n');
}
