// Vite plugin: builds src/app/earlyStart.ts as its own small entry, runs it from index.html before the app, and lists
// the default dataset's files for it in a meta tag (it preloads them unless the page opens a ?graph= file).
import type { Plugin } from 'vite';
import { DEFAULT_FILES_META } from '../src/app/startupDownloads.ts';

export const EARLY_START_ENTRY = 'earlyStart';

/** Asset names (before hashing) of the default dataset: its graph, mentions index and source text. */
export const DEFAULT_DATASET_ASSETS = [/^yrd-2025\.graph\.json$/, /^yrd-2025\.mentions\.json$/, /\.txt$/];

export function earlyStartScript(source = 'src/app/earlyStart.ts'): Plugin {
  return {
    name: 'yrd:early-start-script',
    apply: 'build',
    config: () => ({
      build: { rollupOptions: { input: { index: 'index.html', [EARLY_START_ENTRY]: source } } },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const outputs = Object.values(context.bundle ?? {});
        const chunk = outputs.find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === EARLY_START_ENTRY,
        );
        if (!chunk) throw new Error(`yrd:early-start-script: no "${EARLY_START_ENTRY}" entry was built`);
        // Relative addresses, like the rest of the build, so it works under any base path.
        const files = outputs
          .filter(
            (output) =>
              output.type === 'asset' &&
              output.names.some((name) => DEFAULT_DATASET_ASSETS.some((pattern) => pattern.test(name))),
          )
          .map((asset) => `./${asset.fileName}`);
        // Before the app's module script: module scripts run in document order, and this one is tiny.
        const tags =
          `<meta name="${DEFAULT_FILES_META}" content="${files.join(' ')}">\n    ` +
          `<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    `;
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('yrd:early-start-script: index.html has no module script to run before');
        return html.slice(0, at) + tags + html.slice(at);
      },
    },
  };
}
