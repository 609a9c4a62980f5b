// The application shell: header, and the graph of the loaded dataset filling the rest of the window.
import { useEffect, useState } from 'react';
import type { LoadedDataset } from './dataset';
import { Explorer } from './Explorer';
import { loadDefaultDataset } from './loadDefaultDataset';

type LoadState =
  { status: 'loading' } | { status: 'ready'; dataset: LoadedDataset } | { status: 'error'; message: string };

export function App() {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
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
      <header className="app-header">
        <h1>YRD Knowledge-Graph Explorer</h1>
      </header>
      <main className="app-main">
        {load.status === 'loading' && <p role="status">Loading the graph…</p>}
        {load.status === 'error' && <p role="alert">{load.message}</p>}
        {load.status === 'ready' && <Explorer dataset={load.dataset} />}
      </main>
    </div>
  );
}
