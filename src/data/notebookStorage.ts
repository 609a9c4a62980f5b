// Reading the notebook from localStorage, one entry per dataset, tolerantly (damaged data is backed up, never thrown).
import { z } from 'zod';
import type { NotebookItem } from '../model/notebook';
import { NOTEBOOK_BACKUP_SUFFIX, notebookKey, type NotebookStorage } from './notebookSave';

const ItemSchema = z.object({
  id: z.string().min(1),
  sentence: z.string(),
  evidence: z.array(z.object({ paragraph: z.number().int().positive(), quote: z.string() })),
  note: z.string(),
});
const StoredSchema = z.object({ version: z.literal(1), items: z.array(ItemSchema) });

export type NotebookProblem = 'damaged' | 'unavailable';

export interface NotebookLoad {
  items: NotebookItem[];
  /** Why the stored notebook could not be used (the notebook then starts empty). */
  problem: NotebookProblem | null;
}

/** Parses a stored notebook: null (nothing stored) is an empty notebook; anything not a notebook is "damaged". */
export function parseNotebook(raw: string | null): NotebookLoad {
  if (raw === null) return { items: [], problem: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { items: [], problem: 'damaged' };
  }
  const parsed = StoredSchema.safeParse(json);
  return parsed.success ? { items: parsed.data.items, problem: null } : { items: [], problem: 'damaged' };
}

/** Reads a dataset's notebook; damaged data is copied to a backup key so that saving later does not lose it. */
export function loadNotebook(storage: NotebookStorage | null, datasetName: string): NotebookLoad {
  if (!storage) return { items: [], problem: 'unavailable' };
  const key = notebookKey(datasetName);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { items: [], problem: 'unavailable' };
  }
  const result = parseNotebook(raw);
  if (result.problem === 'damaged' && raw !== null) {
    try {
      storage.setItem(`${key}${NOTEBOOK_BACKUP_SUFFIX}`, raw);
    } catch {
      // The backup is a courtesy; the original stays in place until the user saves.
    }
  }
  return result;
}
