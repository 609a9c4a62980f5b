// The notebook as the panels see it: the items and what can be done with them (provided by the explorer).
import { createContext, useContext } from 'react';
import type { NotebookItem } from '../../model/notebook';
import type { Evidence } from '../../model/types';

export interface NotebookApi {
  items: readonly NotebookItem[];
  /** Why the stored notebook could not be read or saved, in the interface language, or null. */
  problem: string | null;
  has(id: string): boolean;
  add(item: { id: string; sentence: string; evidence: readonly Evidence[] }): void;
  move(id: string, step: -1 | 1): void;
  annotate(id: string, note: string): void;
  remove(id: string): void;
  /** The notebook as Markdown with citations. */
  markdown(): string;
  /** Downloads the Markdown. */
  exportMarkdown(): void;
}

export const NotebookContext = createContext<NotebookApi | null>(null);

/** The notebook, or null outside an explorer (e.g. a panel tested on its own): "Add to notebook" is then not shown. */
export function useNotebook(): NotebookApi | null {
  return useContext(NotebookContext);
}
