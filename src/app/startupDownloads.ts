// What a page URL will open at startup, as the files to start downloading before the app's code has loaded.

/** The meta tag in which the build lists the default dataset's files (build/earlyStartScript.ts). */
export const DEFAULT_FILES_META = 'yrd-default-dataset-files';
/** The meta tag in which the build lists the importers' code, which a `?graph=` page needs once its file is in. */
export const IMPORTER_FILES_META = 'yrd-importer-files';

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
