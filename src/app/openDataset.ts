// Opens a user's graph (a file, or a URL) in a worker and turns it into a dataset the explorer can show; a report
// bundle (graph attributes with `source`) brings its source text.
import { isBundle } from '../data/isBundle';
import { createImportWorker, importInWorker, type ImportWorkerLike } from '../data/import/importInWorker';
import { createInlineImportWorker, preloadInlineImporters } from '../data/import/inlineImportWorker';
import { DEFAULT_SETTINGS } from '../style/settings';
import type { ImportChoices, ImportProgress } from '../data/import/importTypes';
import type { LoadedDataset, ReopenRequest } from './dataset';
import { adoptEarlyImport, takeEarlyGraphFetch, type EarlyImport } from './earlyGraphFetch';

export type OpenRequest = ReopenRequest;

export interface OpenOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** The user's answers to a previous attempt (create missing nodes, CSV columns). */
  choices?: ImportChoices;
  /** Called when the file goes to the import worker: this thread is then free while the worker reads it. */
  onWorkerImport?: () => void;
}

/** The size of what is to be imported: the file, plus its nodes table. */
function bytesOf(input: Parameters<typeof importInWorker>[0]): number {
  const size = (file: { file: Blob } | { text: string } | { bytes: ArrayBuffer }) =>
    'file' in file ? file.file.size : 'bytes' in file ? file.bytes.byteLength : file.text.length;
  return size(input) + ('nodesCsv' in input && input.nodesCsv ? size(input.nodesCsv) : 0);
}

/** Whether the server says the body is too large for the page's thread (it may not say: then it is read first). */
function announcesLargeBody(response: Response): boolean {
  return Number(response.headers.get('content-length') ?? NaN) > DEFAULT_SETTINGS.mainThreadImportMaxBytes;
}

/** An import worker started before there is anything to send it. */
interface EarlyWorker {
  /** The worker; a new one if it failed meanwhile (no other listener heard that: importInWorker hears the new one). */
  take(): ImportWorkerLike;
  stop(): void;
}

/** Null where no worker can start (importInWorker then tries again and says why). */
function startImportWorker(): EarlyWorker | null {
  let worker: ImportWorkerLike;
  try {
    worker = createImportWorker();
  } catch {
    return null;
  }
  let failed = false;
  worker.onerror = (event) => {
    failed = true;
    event.preventDefault?.();
  };
  return {
    take() {
      if (!failed) return worker;
      worker.terminate();
      return createImportWorker();
    },
    stop: () => worker.terminate(),
  };
}

/** A readable name for a URL: its last path segment. */
export function nameOfUrl(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : url.host;
}

/** Only http(s) URLs, resolved against the page; anything else is refused with a clear message. */
export function resolveGraphUrl(value: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new Error(`"${value}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Only http and https URLs can be opened, not ${url.protocol.replace(':', '')}.`);
  }
  return url;
}

/** Orders a CSV pair as (edges, nodes): the file whose name mentions "node" is the nodes table. */
function splitCsvPair(files: readonly File[]): { main: File; nodes?: File } {
  if (files.length === 1) return { main: files[0]! };
  if (files.length !== 2)
    throw new Error(`Open one graph file, or an edges CSV with a nodes CSV (got ${files.length} files).`);
  const [a, b] = files as [File, File];
  const isNodes = (file: File) => /node/i.test(file.name);
  if (isNodes(a) && !isNodes(b)) return { main: b, nodes: a };
  if (isNodes(b) && !isNodes(a)) return { main: a, nodes: b };
  throw new Error('With two CSV files, name the nodes table so that it contains "node" (e.g. nodes.csv).');
}

export async function openDataset(request: OpenRequest, options: OpenOptions = {}): Promise<LoadedDataset> {
  const { onProgress, signal } = options;
  let name: string;
  let input: Parameters<typeof importInWorker>[0];
  /** What follows the import the page's early entry already began, if any. */
  let followEarly: (() => ImportWorkerLike) | null = null;
  /** The import worker, started as soon as the server announced a large file: it loads its code during the download. */
  let started: EarlyWorker | null = null;
  const stopStarted = () => {
    started?.stop();
    started = null;
  };
  if (request.kind === 'files') {
    const { main, nodes } = splitCsvPair(request.files);
    name = main.name;
    input = nodes ? { name, file: main, nodesCsv: { name: nodes.name, file: nodes } } : { name, file: main };
  } else {
    const url = resolveGraphUrl(request.url, window.location.href);
    name = nameOfUrl(url);
    onProgress?.({ stage: 'reading' });
    let response: Response;
    // The page's early entry may have begun this download before the app's code had loaded, and its import too.
    const early = takeEarlyGraphFetch(url.href);
    let earlyRead: Awaited<EarlyImport['read']> = null;
    try {
      if (early) signal?.addEventListener('abort', () => early.controller.abort(), { once: true });
      response = await (early ? early.response : fetch(url, signal ? { signal } : {}));
      if (response.ok && announcesLargeBody(response)) started = startImportWorker();
      if (response.ok && early?.import) earlyRead = await early.import.read;
    } catch (error) {
      stopStarted();
      if (signal?.aborted) throw error;
      throw new Error(
        `Could not fetch ${url.href}: the server did not answer, or does not allow other sites to read it (CORS).`,
      );
    }
    if (!response.ok)
      throw new Error(`Could not fetch ${url.href}: HTTP ${response.status} ${response.statusText}`.trim());
    if (earlyRead === 'importing' && early?.import) {
      // The page's thread is importing the file already; importInWorker follows that import.
      const adopted = adoptEarlyImport(early.import);
      followEarly = () => adopted;
      input = { name, text: '', origin: 'url' };
    } else {
      // A file the server announces as large is read as bytes, which move to the worker (it reads a Blob slower).
      // Any other is read as a Blob, which the browser receives off this thread (as bytes, the body keeps this thread
      // busy while it downloads), and decoded here for this thread unless it turns out large; this thread's
      // importers load meanwhile.
      const announcedLarge = announcesLargeBody(response);
      if (!announcedLarge) preloadInlineImporters();
      const known = earlyRead instanceof ArrayBuffer ? earlyRead : null;
      try {
        if (known || announcedLarge) {
          input = { name, bytes: known ?? (await response.arrayBuffer()), origin: 'url' };
        } else {
          const body = await response.blob();
          input =
            body.size <= DEFAULT_SETTINGS.mainThreadImportMaxBytes
              ? { name, text: await body.text(), origin: 'url' }
              : { name, bytes: await body.arrayBuffer(), origin: 'url' };
        }
      } catch (error) {
        stopStarted();
        throw error;
      }
    }
  }
  performance.mark('graph:fetched');
  // A small file is read here at once; a large one in the worker, so that the page never freezes.
  const onPageThread = followEarly || bytesOf(input) <= DEFAULT_SETTINGS.mainThreadImportMaxBytes;
  // Not needed on this thread; nor for an import cancelled already (importInWorker then starts none).
  if (onPageThread || signal?.aborted) stopStarted();
  if (!onPageThread) options.onWorkerImport?.();
  const early = started;
  const result = await importInWorker(input, {
    ...options.choices,
    ...(onProgress ? { onProgress } : {}),
    ...(signal ? { signal } : {}),
    ...(followEarly
      ? { createWorker: followEarly }
      : onPageThread
        ? { createWorker: createInlineImportWorker }
        : early
          ? { createWorker: () => early.take() }
          : {}),
  });
  const { graph } = result;
  performance.mark('graph:parsed');
  // A report bundle carries its source text: checked here (by code loaded only for bundles), it opens with Source,
  // evidence and paragraph focus.
  const bundle = isBundle(graph) ? await import('../data/bundle') : null;
  const source = bundle ? bundle.readBundle(graph) : null;
  return {
    name,
    title: source ? source.title : name,
    graph,
    source,
    mentions: bundle && source ? bundle.computeBundleMentions(graph, source.paragraphs) : null,
    isDefault: false,
    needsLayout: !result.hasPositions,
    warnings: result.warnings,
    warningDetails: result.warningDetails,
    reopen: { request, choices: { ...options.choices } },
  };
}
