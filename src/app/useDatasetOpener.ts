// Which dataset is shown, and opening another (file, drop or URL) without losing it when the import fails.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isGraphImportError, type ImportErrorDetail } from '../data/import/GraphImportError';
import type { ImportChoices, ImportProgress } from '../data/import/importTypes';
import type { LoadedDataset } from './dataset';
import { loadDefaultDataset } from './loadDefaultDataset';
import { openDataset, type OpenRequest } from './openDataset';
import { pageUrlWithQuery } from './pageUrl';
import type { ProgressChannel } from './progressChannel';

export interface OpeningState {
  /** The file or URL being opened; null for the default dataset (the UI names it). */
  name: string | null;
  progress: ImportProgress | null;
}

export interface DatasetOpener {
  dataset: LoadedDataset | null;
  /** Bumped on every dataset change, to remount the explorer with fresh state. */
  generation: number;
  /** The `graph=` URL of a dataset opened from a URL, kept in the page URL. */
  graphUrl: string | null;
  opening: OpeningState | null;
  /** What could not be opened (null name: the default dataset) and why. */
  error: OpenError | null;
  /** Opens a file or URL; `choices` answer a previous attempt (create missing nodes, CSV columns). */
  open(request: OpenRequest, choices?: ImportChoices): void;
  backToDefault(): void;
  cancel(): void;
  dismissError(): void;
}

export interface OpenError {
  name: string | null;
  message: string;
  /** What failed to open (absent for the default dataset), to try again with the user's answer. */
  request?: OpenRequest;
  /** The importer's data about the failure (e.g. a CSV's columns, for the mapping step). */
  detail?: ImportErrorDetail;
}

/** The error of a failed open, with what the UI needs to answer it. */
function makeOpenError(name: string | null, failure: unknown, request?: OpenRequest): OpenError {
  const error: OpenError = { name, message: failure instanceof Error ? failure.message : String(failure) };
  if (request) error.request = request;
  if (isGraphImportError(failure) && failure.detail) error.detail = failure.detail;
  return error;
}

function nameOf(request: OpenRequest): string {
  return request.kind === 'files' ? request.files.map((f) => f.name).join(' + ') : request.url;
}

/** Clears the page URL's view parameters (they described the previous dataset), keeping `graph=` if given. */
function resetUrl(graphUrl: string | null) {
  const query = graphUrl ? `graph=${encodeURIComponent(graphUrl)}` : '';
  window.history.pushState(null, '', pageUrlWithQuery(window.location.href, query));
}

export function useDatasetOpener(startup: {
  load: Promise<LoadedDataset>;
  /** The load's dataset if it is already in: shown from the first render. */
  loaded?: LoadedDataset;
  graphUrl: string | null;
  progress?: ProgressChannel;
}): DatasetOpener {
  const [dataset, setDataset] = useState<LoadedDataset | null>(startup.loaded ?? null);
  const [generation, setGeneration] = useState(startup.loaded ? 1 : 0);
  const [graphUrl, setGraphUrl] = useState<string | null>(startup.loaded ? startup.graphUrl : null);
  const [opening, setOpening] = useState<OpeningState | null>(() =>
    startup.graphUrl && !startup.loaded ? { name: startup.graphUrl, progress: null } : null,
  );
  const [error, setError] = useState<DatasetOpener['error']>(null);
  const controller = useRef<AbortController | null>(null);

  const show = useCallback((next: LoadedDataset, url: string | null) => {
    setDataset(next);
    setGraphUrl(url);
    setGeneration((g) => g + 1);
  }, []);

  // Startup: the default dataset, or the one named by ?graph= (falling back to the default if it fails).
  useEffect(() => {
    if (startup.loaded) return;
    let cancelled = false;
    const name = startup.graphUrl;
    const unsubscribe = startup.progress?.subscribe((progress) => {
      if (!cancelled) setOpening({ name, progress });
    });
    startup.load.then(
      (loaded) => {
        if (cancelled) return;
        setOpening(null);
        show(loaded, startup.graphUrl);
      },
      (failure: unknown) => {
        if (cancelled) return;
        setOpening(null);
        setError(makeOpenError(name, failure, name ? { kind: 'url', url: name } : undefined));
        if (startup.graphUrl) {
          resetUrl(null);
          loadDefaultDataset().then((loaded) => !cancelled && show(loaded, null));
        }
      },
    );
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [startup, show]);

  const open = useCallback(
    (request: OpenRequest, choices?: ImportChoices) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      const name = nameOf(request);
      setError(null);
      setOpening({ name, progress: null });
      openDataset(request, {
        signal: current.signal,
        ...(choices ? { choices } : {}),
        onProgress: (progress) => setOpening({ name, progress }),
      }).then(
        (loaded) => {
          if (current.signal.aborted) return;
          setOpening(null);
          const url = request.kind === 'url' ? request.url : null;
          resetUrl(url);
          show(loaded, url);
        },
        (failure: unknown) => {
          if (current.signal.aborted) return;
          setOpening(null);
          // The current dataset, selection and filters stay exactly as they were.
          setError(makeOpenError(name, failure, request));
        },
      );
    },
    [show],
  );

  const backToDefault = useCallback(() => {
    controller.current?.abort();
    setOpening(null);
    setError(null);
    loadDefaultDataset().then(
      (loaded) => {
        resetUrl(null);
        show(loaded, null);
      },
      (failure: unknown) =>
        setError({ name: null, message: failure instanceof Error ? failure.message : String(failure) }),
    );
  }, [show]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setOpening(null);
  }, []);

  return {
    dataset,
    generation,
    graphUrl,
    opening,
    error,
    open,
    backToDefault,
    cancel,
    dismissError: useCallback(() => setError(null), []),
  };
}
