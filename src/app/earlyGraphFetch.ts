// The ?graph= download the early entry (earlyStart.ts) began before the app's code loaded, handed to the app.

/** What the early entry leaves on `window` for the app. */
export interface EarlyGraphFetch {
  href: string;
  response: Promise<Response>;
  controller: AbortController;
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
