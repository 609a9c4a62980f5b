// "Add to notebook" for one relation or path: collects its sentence and quotes; says so once it is in the notebook.
import type { Evidence } from '../../model/types';
import { useI18n } from '../i18n/I18nContext';
import { useNotebook } from './NotebookContext';
import './trust.css';

export interface AddToNotebookProps {
  /** "edge:<key>" for a relation (the same in Details and Compare), "path:<nodes>" for a path. */
  id: string;
  sentence: string;
  evidence: readonly Evidence[];
}

export function AddToNotebook({ id, sentence, evidence }: AddToNotebookProps) {
  const { t } = useI18n();
  const notebook = useNotebook();
  if (!notebook) return null;
  const added = notebook.has(id);
  return (
    <button
      type="button"
      className="link add-to-notebook"
      aria-label={added ? t.trust.inNotebookLabel(sentence) : t.trust.addLabel(sentence)}
      aria-disabled={added || undefined}
      onClick={() => {
        if (!added) notebook.add({ id, sentence, evidence });
      }}
    >
      {added ? `✓ ${t.trust.inNotebook}` : `+ ${t.trust.addToNotebook}`}
    </button>
  );
}
