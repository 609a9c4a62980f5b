// Vite plugin: puts every module the app's entry imports statically into one "startup" chunk (one request, not nine).
import type { Plugin } from 'vite';

/** Static-import closure of `roots`, through `importsOf`, in breadth-first order. */
export function staticClosure(
  roots: readonly string[],
  importsOf: (id: string) => readonly string[],
): Set<string> {
  const seen = new Set<string>(roots);
  for (const id of seen) for (const imported of importsOf(id)) seen.add(imported);
  return seen;
}

/**
 * Without it, modules that the lazy panels share with the start (React, the dictionaries, settings, …) become
 * separate chunks, each a request that queues behind the six connections a browser opens to one host. Modules the
 * early entry imports stay out (it is inlined and must import no chunk).
 */
export function startupChunk(appEntry = /index\.html$/, earlyEntry = /src\/app\/earlyStart\.ts$/): Plugin {
  let startup = new Set<string>();
  return {
    name: 'yrd:startup-chunk',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            advancedChunks: { groups: [{ name: 'startup', test: (id: string) => startup.has(id) }] },
          },
        },
      },
    }),
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const importsOf = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const early = staticClosure(
        ids.filter((id) => earlyEntry.test(id)),
        importsOf,
      );
      startup = staticClosure(
        ids.filter((id) => appEntry.test(id)),
        importsOf,
      );
      for (const id of [...startup]) if (early.has(id) || appEntry.test(id)) startup.delete(id);
    },
  };
}
