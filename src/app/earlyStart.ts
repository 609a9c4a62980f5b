// A second, tiny entry that index.html runs before the app's bundle: it starts downloading the startup dataset (the
// ?graph= file, or the default dataset's files, which the build lists in a meta tag) at once, so that the download
// overlaps the loading of the app's code. It imports nothing the app shares, so it waits for no other chunk.
import { DEFAULT_FILES_META, startupDownloads } from './startupDownloads';

const listed = document.querySelector(`meta[name="${DEFAULT_FILES_META}"]`)?.getAttribute('content') ?? '';
const defaults = listed.split(/\s+/).filter(Boolean);
for (const href of startupDownloads(window.location.search, window.location.href, defaults)) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // The same request mode and credentials as the app's fetch(), so that the browser hands it this response.
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}
