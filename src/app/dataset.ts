// A dataset as the app holds it: the read-only graph, plus (for curated datasets) its source text and mentions.
import type Graph from 'graphology';
import type { ImportChoices } from '../data/import/importTypes';
import type { ImportWarning } from '../data/import/importWarnings';
import type { MentionsIndex } from '../model/types';

export interface DatasetSource {
  /** The report's title (the Source panel heads it "Report: <title>" in the interface language). */
  title: string;
  paragraphs: string[];
}

export interface LoadedDataset {
  /** Short id, e.g. "yrd-2025" or a file name. */
  name: string;
  /** Human title shown in the header. */
  title: string;
  /** The title in Chinese, where the dataset provides it (shown in 中文 mode). */
  titleZh?: string;
  graph: Graph;
  source: DatasetSource | null;
  mentions: MentionsIndex | null;
  /** True for the embedded default dataset. */
  isDefault: boolean;
  /** The file had no positions: a layout should run when it opens. */
  needsLayout?: boolean;
  /** What the importer changed or dropped, for the user to read. */
  warnings?: string[];
  /** The same warnings as data (codes, counts, examples), for warnings the UI translates or answers. */
  warningDetails?: ImportWarning[];
  /** How it was opened (a user's file or URL), so that it can be opened again with other choices. */
  reopen?: { request: ReopenRequest; choices: ImportChoices };
}

/** A file (or an edges CSV with its nodes CSV) or a URL to open. */
export type ReopenRequest = { kind: 'files'; files: readonly File[] } | { kind: 'url'; url: string };
