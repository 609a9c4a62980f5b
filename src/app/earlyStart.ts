// A second, tiny entry, inlined by the build into index.html as a classic script (build/earlyStartScript.ts): it runs
// while the page is parsed and starts downloading the startup dataset, so that the download overlaps the loading of
// the app's code. The ?graph= file is fetched and handed to the app (window.yrdEarlyGraph, see earlyGraphFetch.ts):
// Chromium refuses a preloaded response of several MB to a later fetch; the importers' chunks, listed in a meta tag,
// are modulepreloaded with it, and a small file is imported as soon as it is in. The default dataset's small files,
// listed in another meta tag, are downloaded and read (window.yrdEarlyReads, see earlyReads.ts). It also loads the
// collation data the app's first frame sorts with. It must import nothing at run time (the build inlines it), so it
// shares no module with the app.
import type { EarlyRead } from './earlyReads';
import type { EarlyGraphFetch, EarlyImport } from './earlyGraphFetch';
import {
  DEFAULT_FILES_META,
  fileNameOfUrl,
  IMPORTER_FILES_META,
  MAIN_THREAD_IMPORT_META,
  startupDownloads,
} from './startupDownloads';

/** The addresses a meta tag of the build lists. */
const listedIn = (name: string) =>
  (document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '')
    .split(/\s+/)
    .filter(Boolean);

/** What the importer's chunk exports (importWorkerHandler.ts). */
interface Importer {
  handleImportRequest(
    request: unknown,
    post: (message: EarlyImport['messages'][number]) => void,
  ): Promise<void>;
}

/**
 * Imports a small ?graph= file on this thread as soon as it is in, with the importer's chunk (which imports nothing
 * of the app's: build/startupChunk.ts), while the app's own code still downloads and compiles; the messages wait for
 * the app (earlyGraphFetch.ts: adoptEarlyImport).
 */
function startEarlyImport(href: string, response: Promise<Response>, importerFile: string, maxBytes: number) {
  const early: EarlyImport = { read: Promise.resolve(null), messages: [], listener: null };
  early.read = response.then(async (answer) => {
    if (!answer.ok) return null;
    // As a Blob, which the browser receives off this thread: read as an ArrayBuffer, a 6 MB body kept this thread
    // busy for the ~200 ms of its download. A large file's bytes go to the worker (which reads a Blob slower).
    const body = await answer.blob();
    if (body.size > maxBytes) return body.arrayBuffer();
    let importer: Importer;
    try {
      importer = (await import(/* @vite-ignore */ importerFile)) as Importer;
    } catch {
      // The importer's code did not load: the app imports the bytes itself (and says why if it cannot).
      return body.arrayBuffer();
    }
    // The request the app would make for this file (importWorkerProtocol.ts).
    const request = {
      input: { name: fileNameOfUrl(new URL(href)), file: body, origin: 'url' },
      onPageThread: true,
    };
    void importer.handleImportRequest(request, (message) =>
      early.listener ? early.listener(message) : early.messages.push(message),
    );
    return 'importing' as const;
  });
  // The app reports a failure when it takes this import; until then the failure is not unhandled.
  early.read.catch(() => undefined);
  return early;
}

const downloads = startupDownloads(
  window.location.search,
  window.location.href,
  listedIn(DEFAULT_FILES_META),
);

if (new URLSearchParams(window.location.search).has('graph')) {
  // The importers' code, fetched beside the app's own instead of after it.
  const importers = listedIn(IMPORTER_FILES_META);
  for (const href of importers) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const href = downloads[0];
  if (href) {
    const controller = new AbortController();
    const response = fetch(href, { signal: controller.signal });
    // The app reports a failed download when it takes this one; until then the failure is not unhandled.
    response.catch(() => undefined);
    const early: EarlyGraphFetch = { href, response, controller };
    const maxBytes = Number(listedIn(MAIN_THREAD_IMPORT_META)[0]);
    if (importers[0] && maxBytes > 0) early.import = startEarlyImport(href, response, importers[0], maxBytes);
    window.yrdEarlyGraph = early;
  }
} else {
  // Read while the app's code is still loading, when the page's thread has nothing else to do: the JSON is parsed
  // by the time the app asks for it.
  const reads: Record<string, Promise<EarlyRead>> = {};
  for (const href of downloads) {
    const url = new URL(href, window.location.href).href;
    const read = fetch(url).then(async (response): Promise<EarlyRead> => {
      if (!response.ok) return { ok: false, status: response.status };
      const body: unknown = url.endsWith('.json') ? await response.json() : await response.text();
      return { ok: true, status: response.status, body };
    });
    // The app reports a failed read when it takes it; until then the failure is not unhandled.
    read.catch(() => undefined);
    reads[url] = read;
  }
  window.yrdEarlyReads = reads;
}
// The first string comparison of a page loads the collation data (~10 ms on a machine without a GPU); the app's first
// frame sorts labels, so it is loaded now, while the page waits for the app's code (measured: ~9 ms sooner to sigma).
'a'.localeCompare('b');
