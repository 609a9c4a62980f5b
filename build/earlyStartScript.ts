// Vite plugin: builds src/app/earlyStart.ts as its own small entry, inlines it in index.html before the app, and gives
// it, in meta tags, the default dataset's files (it reads them), the importers' chunks and the largest file it may
// import on the page's thread (for a ?graph= page).
import type { Plugin, Rollup } from 'vite';
import { staticClosure } from './startupChunk.ts';
import {
  DEFAULT_FILES_META,
  IMPORTER_FILES_META,
  MAIN_THREAD_IMPORT_META,
} from '../src/app/startupDownloads.ts';
import { DEFAULT_SETTINGS } from '../src/style/settings.ts';

export const EARLY_START_ENTRY = 'earlyStart';

/** Asset names (before hashing) of the default dataset: its graph, mentions index and source text. */
export const DEFAULT_DATASET_ASSETS = [/^yrd-2025\.graph\.json$/, /^yrd-2025\.mentions\.json$/, /\.txt$/];

/** The module the page's own thread imports a graph file with (loaded lazily by the app). */
export const IMPORTER_MODULE = 'src/data/import/importWorkerHandler.ts';
/** IMPORTER_MODULE as a module id pattern (the startup chunk leaves it and what it imports out). */
export const IMPORTER_MODULE_PATTERN = /\/src\/data\/import\/importWorkerHandler\.ts$/;

type Bundle = Record<string, Rollup.OutputAsset | Rollup.OutputChunk>;

/** The chunks a chunk of `bundle` imports statically. */
const importsIn = (bundle: Bundle) => (fileName: string) => {
  const output = bundle[fileName];
  return output?.type === 'chunk' ? output.imports : [];
};

/** A lazy chunk and the chunks it imports statically, less those the entry already loads. */
export function chunkWithImports(
  bundle: Bundle,
  start: Rollup.OutputChunk,
  loaded: ReadonlySet<string>,
): string[] {
  if (loaded.has(start.fileName)) return [];
  const importsOf = importsIn(bundle);
  const needed = (fileName: string) => importsOf(fileName).filter((imported) => !loaded.has(imported));
  return [...staticClosure([start.fileName], needed)];
}

/**
 * The early entry's code as a classic inline script: wrapped in a function (its top-level names stay its own), with
 * no source map comment. It must import nothing, and must not close its script element.
 */
export function inlineEarlyStart(code: string, imports = 0): string {
  if (imports > 0)
    throw new Error('yrd:early-start-script: the early entry must import nothing (it is inlined)');
  const body = code.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '').trim();
  if (/<\/script/i.test(body)) throw new Error('yrd:early-start-script: the early entry contains "</script"');
  return `<script>(() => {${body}\n})();</script>`;
}

/** `tags` right after the last module script of the head (before a stylesheet link that follows it). */
export function insertAfterModuleScripts(html: string, tags: string): string {
  const head = html.indexOf('</head>');
  const last = html.lastIndexOf('<script type="module"', head);
  if (last < 0) throw new Error('yrd:early-start-script: index.html has no module script in its head');
  const at = html.indexOf('</script>', last) + '</script>'.length;
  return `${html.slice(0, at)}\n    ${tags}${html.slice(at)}`;
}

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
          (output): output is Rollup.OutputChunk =>
            output.type === 'chunk' && output.isEntry && output.name === EARLY_START_ENTRY,
        );
        if (!chunk) throw new Error(`yrd:early-start-script: no "${EARLY_START_ENTRY}" entry was built`);
        const bundle = context.bundle ?? {};
        const importer = outputs.find(
          (output): output is Rollup.OutputChunk =>
            output.type === 'chunk' && (output.facadeModuleId ?? '').endsWith(IMPORTER_MODULE),
        );
        if (!importer) throw new Error(`yrd:early-start-script: no chunk for ${IMPORTER_MODULE}`);
        // What the page loads anyway: the app's entry chunks and everything they import statically.
        const apps = outputs.filter(
          (output): output is Rollup.OutputChunk =>
            output.type === 'chunk' && output.isEntry && output.name !== EARLY_START_ENTRY,
        );
        const loaded = staticClosure(
          apps.map((chunk) => chunk.fileName),
          importsIn(bundle),
        );
        const importers = chunkWithImports(bundle, importer, loaded);
        // Relative addresses, like the rest of the build, so it works under any base path.
        const files = outputs
          .filter(
            (output) =>
              output.type === 'asset' &&
              output.names.some((name) => DEFAULT_DATASET_ASSETS.some((pattern) => pattern.test(name))),
          )
          .map((asset) => `./${asset.fileName}`);
        // Inline, so that it runs while the page is still being parsed (a script file would first wait for its own
        // download); the Content Security Policy allows it by its hash. After the app's module scripts, whose
        // downloads then start first (the code has to compile before it can use the data, and a browser opens only
        // six connections to a host), and before the stylesheet (a classic script after one waits for it).
        const tags =
          `<meta name="${DEFAULT_FILES_META}" content="${files.join(' ')}">\n    ` +
          `<meta name="${IMPORTER_FILES_META}" content="${importers.map((file) => `./${file}`).join(' ')}">\n    ` +
          `<meta name="${MAIN_THREAD_IMPORT_META}" content="${DEFAULT_SETTINGS.mainThreadImportMaxBytes}">\n    ` +
          `${inlineEarlyStart(chunk.code, chunk.imports.length + chunk.dynamicImports.length)}\n    `;
        delete context.bundle?.[chunk.fileName];
        if (chunk.sourcemapFileName) delete context.bundle?.[chunk.sourcemapFileName];
        return insertAfterModuleScripts(html, tags.trimEnd());
      },
    },
  };
}
