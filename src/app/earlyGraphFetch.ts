// The ?graph= download the early entry (earlyStart.ts) began before the app's code loaded, and the import of it the
// early entry began on the page's thread, handed to the app.
import type { ImportWorkerLike } from '../data/import/importInWorker';
import type { ImportWorkerMessage } from '../data/import/importWorkerProtocol';

/**
 * A small file's import, begun by the early entry with the importer's chunk as soon as the file was in. `read`
 * resolves with "importing" once it began; with the bytes when the app is to import them itself (a file too large
 * for the page's thread, which goes to the worker, or an importer that did not load); or null when the response is
 * not OK (the app reports it).
 */
export interface EarlyImport {
  read: Promise<'importing' | ArrayBuffer | null>;
  /** The importer's messages so far (importWorkerProtocol.ts). */
  messages: ImportWorkerMessage[];
  /** Set by the app to take the messages that come after. */
  listener: ((message: ImportWorkerMessage) => void) | null;
}

/** What the early entry leaves on `window` for the app. */
export interface EarlyGraphFetch {
  href: string;
  response: Promise<Response>;
  controller: AbortController;
  /** Absent when the page does not import early (no importer listed). */
  import?: EarlyImport;
}

declare global {
  interface Window {
    /** Set by src/app/earlyStart.ts (a separate entry: the two share no module, only this declaration). */
    yrdEarlyGraph?: EarlyGraphFetch;
  }
}

/** The early download of `href`, once (later calls, and other addresses, get null). */
export function takeEarlyGraphFetch(href: string): EarlyGraphFetch | null {
  const early = window.yrdEarlyGraph;
  delete window.yrdEarlyGraph;
  return early && early.href === href ? early : null;
}

/**
 * The early import as importInWorker drives a worker: the messages already sent are handed over first, in order,
 * then the new ones. The request importInWorker posts is dropped (the early entry made it), and so is everything
 * after it stops following (an abort).
 */
export function adoptEarlyImport(early: EarlyImport): ImportWorkerLike {
  let following = true;
  const adopted: ImportWorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage: () => undefined,
    terminate: () => {
      following = false;
      early.listener = null;
    },
  };
  const deliver = (data: ImportWorkerMessage) => {
    if (following) adopted.onmessage?.({ data } as MessageEvent);
  };
  // Once importInWorker has set its handlers (it does so before posting its request).
  queueMicrotask(() => {
    for (const message of early.messages.splice(0)) deliver(message);
    if (following) early.listener = deliver;
  });
  return adopted;
}
