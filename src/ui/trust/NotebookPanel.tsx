// The Notebook tab: the collected relations and paths (sentence, quotes, ¶) to reorder, annotate and remove, with
// "Export notebook" (Markdown download) and Copy.
import { useState } from 'react';
import { EvidenceList } from '../EvidenceList';
import { useI18n } from '../i18n/I18nContext';
import { copyToClipboard } from './copyToClipboard';
import type { NotebookApi } from './NotebookContext';
import './trust.css';

export interface NotebookPanelProps {
  notebook: NotebookApi;
  onOpenParagraph?: ((paragraph: number) => void) | undefined;
  /** Writes text to the clipboard; defaults to navigator.clipboard. */
  copyText?: (text: string) => Promise<void>;
}

export function NotebookPanel({ notebook, onOpenParagraph, copyText = copyToClipboard }: NotebookPanelProps) {
  const { t } = useI18n();
  const w = t.trust;
  const [copyStatus, setCopyStatus] = useState('');
  const { items } = notebook;
  const copy = () =>
    copyText(notebook.markdown()).then(
      () => setCopyStatus(w.copiedNotebook),
      (error: unknown) =>
        setCopyStatus(t.couldNotCopy(error instanceof Error ? error.message : String(error))),
    );
  return (
    <section className="notebook-panel" aria-label={w.notebook}>
      <h2>
        {w.notebook} <span className="facet-count">({w.notebookCount(items.length)})</span>
      </h2>
      {notebook.problem && (
        <p role="alert" className="notebook-problem">
          {notebook.problem}
        </p>
      )}
      <div className="notebook-actions">
        <button type="button" onClick={notebook.exportMarkdown} disabled={items.length === 0}>
          {w.exportNotebook}
        </button>
        <button type="button" onClick={() => void copy()} disabled={items.length === 0}>
          {w.copyMarkdown}
        </button>
        <span role="status" className="help">
          {copyStatus}
        </span>
      </div>
      {items.length === 0 ? (
        <p className="help">{w.notebookEmpty}</p>
      ) : (
        <ol className="notebook-items">
          {items.map((item, index) => (
            <li key={item.id} aria-label={w.itemLabel(index + 1, item.sentence)}>
              <p className="notebook-sentence">{item.sentence}</p>
              <EvidenceList evidence={item.evidence} onOpenParagraph={onOpenParagraph} />
              <label className="notebook-note">
                <span>{w.annotation}</span>
                <textarea
                  value={item.note}
                  rows={2}
                  onChange={(event) => notebook.annotate(item.id, event.target.value)}
                />
              </label>
              <div className="notebook-item-actions">
                <button
                  type="button"
                  onClick={() => notebook.move(item.id, -1)}
                  disabled={index === 0}
                  aria-label={`${w.moveUp}: ${item.sentence}`}
                >
                  ↑ {w.moveUp}
                </button>
                <button
                  type="button"
                  onClick={() => notebook.move(item.id, 1)}
                  disabled={index === items.length - 1}
                  aria-label={`${w.moveDown}: ${item.sentence}`}
                >
                  ↓ {w.moveDown}
                </button>
                <button
                  type="button"
                  onClick={() => notebook.remove(item.id)}
                  aria-label={`${w.remove}: ${item.sentence}`}
                >
                  {w.remove}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
