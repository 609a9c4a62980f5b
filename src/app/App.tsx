// The application shell: loads the default dataset, then hands it to the explorer (which draws the header).
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
  if (load.status === 'ready') return <Explorer dataset={load.dataset} />;
  return (
    <div className="app">
      <header className="app-header">
        <h1>YRD Knowledge-Graph Explorer</h1>
      </header>
      <main className="app-main app-message">
        {load.status === 'loading' ? (
          <p role="status">Loading the graph…</p>
        ) : (
          <p role="alert">{load.message}</p>
        )}
      </main>
    </div>
  );
}
