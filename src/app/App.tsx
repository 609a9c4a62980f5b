// The application shell: waits for the default dataset, then hands it to the explorer (which draws the header).
import { useEffect, useState } from 'react';
import type { LoadedDataset } from './dataset';
import { Explorer } from './Explorer';
import { loadDefaultDataset } from './loadDefaultDataset';

type LoadState =
  { status: 'loading' } | { status: 'ready'; dataset: LoadedDataset } | { status: 'error'; message: string };

export interface AppProps {
  /** The default dataset's load, when startup began it already (so it runs while React renders); else App starts it. */
  startupLoad?: Promise<LoadedDataset>;
}

export function App({ startupLoad }: AppProps) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const controller = new AbortController();
    (startupLoad ?? loadDefaultDataset(controller.signal)).then(
      (dataset) => {
        if (!cancelled) setLoad({ status: 'ready', dataset });
      },
      (error: unknown) => {
        if (!cancelled) setLoad({ status: 'error', message: String(error) });
      },
    );
    return () => {
      cancelled = true;
      controller.abort();
    };
  }, [startupLoad]);
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
