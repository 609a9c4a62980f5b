// The application shell: opens the startup dataset (default, or ?graph=), then shows it in the explorer.
import { useState } from 'react';
import { isLanguage } from '../state/types';
import { MESSAGES } from '../ui/i18n/messages';
import type { FirstFrame } from '../render';
import type { LoadedDataset } from './dataset';
import { Explorer } from './explorer/Explorer';
import { loadDefaultDataset } from './loadDefaultDataset';
import type { ProgressChannel } from './progressChannel';
import { formatOpening } from './formatOpening';
import { useDatasetOpener } from './useDatasetOpener';
import { useFileDrop } from './useFileDrop';

export interface Startup {
  /** The startup dataset's load, begun before React rendered (so it runs in parallel). */
  load: Promise<LoadedDataset>;
  /** The load's dataset, when it was already there at the first render (it is shown at once). */
  loaded?: LoadedDataset;
  /** The `?graph=` URL it comes from, or null for the default dataset. */
  graphUrl: string | null;
  /** The load's progress (stage and share done), for the opening message. */
  progress?: ProgressChannel;
  /** The loaded graph's first frame, drawn before the interface mounted (drawStartFrame); the explorer adopts it. */
  firstFrame?: FirstFrame | null;
}

export interface AppProps {
  startup?: Startup;
}

export function App({ startup }: AppProps) {
  const [initial] = useState<Startup>(() => startup ?? { load: loadDefaultDataset(), graphUrl: null });
  const opener = useDatasetOpener(initial);
  const dragging = useFileDrop((files) => opener.open({ kind: 'files', files }));
  if (!opener.dataset) {
    // Before the explorer (and its view state) exists, the language comes straight from the URL.
    const lang = new URLSearchParams(window.location.search).get('lang');
    const t = MESSAGES[isLanguage(lang) ? lang : 'en'];
    return (
      <div className="app" lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
        <header className="app-header">
          <h1>{t.appTitle}</h1>
        </header>
        <main className="app-main app-message">
          {opener.error ? (
            <p role="alert">
              {t.couldNotOpen(opener.error.name ?? t.theDefaultDataset, opener.error.message)}
            </p>
          ) : (
            <p role="status">{opener.opening ? formatOpening(opener.opening, t) : t.loading}</p>
          )}
        </main>
      </div>
    );
  }
  return (
    <Explorer
      key={opener.generation}
      dataset={opener.dataset}
      opener={opener}
      dragging={dragging}
      firstFrame={initial.firstFrame ?? null}
    />
  );
}
