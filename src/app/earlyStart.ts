// A second, tiny entry that index.html runs before the app's bundle: it starts downloading the startup dataset (the
// ?graph= file, or the default dataset's files) at once, so the download overlaps the loading of the app's code.
import { DEFAULT_DATASET_FILES } from './defaultDatasetFiles';
import { startupDownloads } from './startupDownloads';

for (const href of startupDownloads(window.location.search, window.location.href, DEFAULT_DATASET_FILES)) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // The same request mode and credentials as the app's fetch(), so that the browser hands it this response.
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}
