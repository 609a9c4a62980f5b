// Where a dataset's notebook is kept in localStorage, and saving it: code without the validation library reading needs.
import type { NotebookItem } from '../model/notebook';

export const NOTEBOOK_KEY_PREFIX = 'yrd-kg-explorer:notebook:';
export const NOTEBOOK_BACKUP_SUFFIX = ':damaged-backup';

export type NotebookStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The storage key of a dataset's notebook (its name: "yrd-2025", or an imported file's name). */
export function notebookKey(datasetName: string): string {
  return `${NOTEBOOK_KEY_PREFIX}${datasetName}`;
}

/**
 * Whether anything is stored for a dataset's notebook: when nothing is (most visits), the notebook starts empty
 * without loading the reader. False when the storage cannot be read (the notebook then starts empty too).
 */
export function hasStoredNotebook(storage: NotebookStorage | null, datasetName: string): boolean {
  try {
    return storage?.getItem(notebookKey(datasetName)) != null;
  } catch {
    return false;
  }
}

export function serializeNotebook(items: readonly NotebookItem[]): string {
  return JSON.stringify({ version: 1, items });
}

/** Saves a dataset's notebook; returns the reason it could not be saved (quota, storage disabled), or null. */
export function saveNotebook(
  storage: NotebookStorage | null,
  datasetName: string,
  items: readonly NotebookItem[],
): string | null {
  if (!storage) return 'localStorage is not available';
  try {
    storage.setItem(notebookKey(datasetName), serializeNotebook(items));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
