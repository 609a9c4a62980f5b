// The application shell: skip link, header, the explorer of the loaded dataset, and the shortcuts dialog.
import { useEffect, useState } from 'react';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import type { LoadedDataset } from './dataset';
import { Explorer } from './Explorer';
import { loadDefaultDataset } from './loadDefaultDataset';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

type LoadState =
  { status: 'loading' } | { status: 'ready'; dataset: LoadedDataset } | { status: 'error'; message: string };

export function App() {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [showShortcuts, setShowShortcuts] = useState(false);
  useKeyboardShortcuts({ '?': () => setShowShortcuts(true) });
  useEffect(() => {
    const controller = new AbortController();
    loadDefaultDataset(controller.signal).then(
      (dataset) => setLoad({ status: 'ready', dataset }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'error', message: String(error) });
      },
    );
    return () => controller.abort();
  }, []);
  return (
    <div className="app">
      <a className="skip-link" href="#panels">
        Skip to the panels
      </a>
      <header className="app-header">
        <h1>YRD Knowledge-Graph Explorer</h1>
        {load.status === 'ready' && <span className="dataset-name">{load.dataset.title}</span>}
        <span className="header-spacer" />
        <button
          type="button"
          className="header-button"
          onClick={() => setShowShortcuts(true)}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          ?
        </button>
      </header>
      <main className="app-main">
        {load.status === 'loading' && <p role="status">Loading the graph…</p>}
        {load.status === 'error' && <p role="alert">{load.message}</p>}
        {load.status === 'ready' && <Explorer dataset={load.dataset} />}
      </main>
      <ShortcutsDialog open={showShortcuts} onClose={() => setShowShortcuts(false)} />
    </div>
  );
}
