// Vite plugin: preloads the default dataset's files from index.html, so they download while the app's JS loads.
import type { Plugin } from 'vite';

/** Asset names (before hashing) that startup fetches. */
export const DEFAULT_PRELOADED_ASSETS = [/^yrd-2025\.graph\.json$/, /^yrd-2025\.mentions\.json$/, /\.txt$/];

export function preloadDefaultDataset(patterns: readonly RegExp[] = DEFAULT_PRELOADED_ASSETS): Plugin {
  return {
    name: 'yrd:preload-default-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const assets = Object.values(context.bundle ?? {}).filter(
          (output) =>
            output.type === 'asset' &&
            output.names.some((name) => patterns.some((pattern) => pattern.test(name))),
        );
        // Relative hrefs, like the rest of the build, so it works under any base path.
        return assets.map((asset) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${asset.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
