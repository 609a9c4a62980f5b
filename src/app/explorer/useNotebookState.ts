// The explorer's notebook: loaded from localStorage for this dataset, saved after every change, exported as Markdown.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { downloadText } from '../../data/download';
import { hasStoredNotebook, saveNotebook } from '../../data/notebookSave';
import type { NotebookProblem } from '../../data/notebookStorage';
import {
  addNotebookItem,
  annotateNotebookItem,
  formatNotebookMarkdown,
  moveNotebookItem,
  removeNotebookItem,
  type NotebookItem,
} from '../../model/notebook';
import type { Messages } from '../../ui/i18n/messages';
import { makeCitation } from '../../ui/trust/citation';
import type { NotebookApi } from '../../ui/trust/NotebookContext';
import { APP_VERSION } from '../appVersion';
import type { LoadedDataset } from '../dataset';

function browserStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

type Problem = { kind: NotebookProblem } | { kind: 'save'; message: string } | null;

/** A file name for the Markdown: the dataset's name without its extension. */
const exportName = (datasetName: string) =>
  `notebook-${datasetName.replace(/\.[a-z0-9]+$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-')}.md`;

/** The reader (with its validation library) is loaded only when a notebook is stored. */
const loadReader = () => import('../../data/notebookStorage');

export function useNotebookState(dataset: LoadedDataset, t: Messages): NotebookApi {
  const [items, setItems] = useState<NotebookItem[]>([]);
  // Nothing stored (most visits): the notebook is empty and ready at once; else it is ready once read.
  const nothingStored = useMemo(() => !hasStoredNotebook(browserStorage(), dataset.name), [dataset.name]);
  const [read, setRead] = useState(false);
  const ready = nothingStored || read;
  // A damaged stored notebook is only reported when the panel had "damaged"; "unavailable" storage is quiet until a
  // save fails (private browsing still works for the session).
  const [problem, setProblem] = useState<Problem>(null);
  useEffect(() => {
    if (nothingStored) return;
    let current = true;
    void loadReader().then((module) => {
      if (!current) return;
      const loaded = module.loadNotebook(browserStorage(), dataset.name);
      setItems(loaded.items);
      if (loaded.problem === 'damaged') setProblem({ kind: 'damaged' });
      setRead(true);
    });
    return () => {
      current = false;
    };
  }, [dataset.name, nothingStored]);

  const update = useCallback(
    (change: (items: NotebookItem[]) => NotebookItem[]) => {
      // Nothing changes before the stored notebook is read (a save then would overwrite it).
      if (!ready) return;
      const next = change(items);
      setItems(next);
      const error = saveNotebook(browserStorage(), dataset.name, next);
      setProblem((previous) =>
        error ? { kind: 'save', message: error } : previous?.kind === 'damaged' ? previous : null,
      );
    },
    [items, dataset.name, ready],
  );

  const markdown = useCallback(
    () =>
      formatNotebookMarkdown(
        items,
        {
          title: dataset.title,
          citation: makeCitation(t, { ...dataset, version: APP_VERSION }),
        },
        t.trust.markdown,
      ),
    [items, dataset, t],
  );

  return useMemo<NotebookApi>(
    () => ({
      items,
      problem:
        problem?.kind === 'damaged'
          ? t.trust.corruptNotebook
          : problem?.kind === 'save'
            ? t.trust.saveFailed(problem.message)
            : null,
      has: (id) => items.some((item) => item.id === id),
      add: ({ id, sentence, evidence }) =>
        update((current) => addNotebookItem(current, { id, sentence, evidence: [...evidence], note: '' })),
      move: (id, step) => update((current) => moveNotebookItem(current, id, step)),
      annotate: (id, note) => update((current) => annotateNotebookItem(current, id, note)),
      remove: (id) => update((current) => removeNotebookItem(current, id)),
      markdown,
      exportMarkdown: () => downloadText(exportName(dataset.name), markdown(), 'text/markdown'),
    }),
    [items, problem, t, update, markdown, dataset.name],
  );
}
