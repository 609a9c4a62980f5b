// What a page URL will open at startup, as the files to start downloading before the app's code has loaded.

/** The meta tag in which the build lists the default dataset's files (build/earlyStartScript.ts). */
export const DEFAULT_FILES_META = 'yrd-default-dataset-files';
/**
 * The meta tag in which the build lists the importers' code, the importer's own chunk first: a `?graph=` page imports
 * a small file with it as soon as the file is in, before the app's code has run.
 */
export const IMPORTER_FILES_META = 'yrd-importer-files';
/** The meta tag holding the largest file (bytes) imported on the page's own thread (Settings.mainThreadImportMaxBytes). */
export const MAIN_THREAD_IMPORT_META = 'yrd-main-thread-import-max-bytes';

/**
 * The http(s) address of `?graph=` resolved against the page, or else the default dataset's files; nothing for a
 * `?graph=` that is not an http(s) URL (the app then says why it cannot open it).
 */
export function startupDownloads(search: string, pageUrl: string, defaultFiles: readonly string[]): string[] {
  const value = new URLSearchParams(search).get('graph');
  if (value === null) return [...defaultFiles];
  try {
    const url = new URL(value, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? [url.href] : [];
  } catch {
    return [];
  }
}

/**
 * The name a downloaded graph file goes by (its last path segment, else the host): the importer detects the format
 * from it. The app's rule (openDataset.ts), which this early code cannot import; a test holds the two together.
 */
export function fileNameOfUrl(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : url.host;
}
