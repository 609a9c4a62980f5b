// The default dataset's files, downloaded and read by the early entry (earlyStart.ts) while the app's code loads.

/** One file's download as the early entry read it: its JSON parsed (`.json`) or its text; no body if it failed. */
export interface EarlyRead {
  ok: boolean;
  status: number;
  body?: unknown;
}

declare global {
  interface Window {
    /** Set by src/app/earlyStart.ts (a separate entry: the two share no module, only these declarations). */
    yrdEarlyReads?: Record<string, Promise<EarlyRead>>;
  }
}

/** The early read of `href` (an absolute address), once; null when the early entry did not read it. */
export function takeEarlyRead(href: string): Promise<EarlyRead> | null {
  const reads = window.yrdEarlyReads;
  const read = reads?.[href];
  if (!reads || !read) return null;
  delete reads[href];
  return read;
}
