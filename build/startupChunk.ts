// Vite plugin: puts every module the app's entry imports statically into one "startup" chunk (one request, not nine),
// and what the interface's entry (React, the explorer) adds to that into one "interface" chunk.
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
 * early entry imports stay out (it is inlined and must import no chunk), and so do those that `independent` lazy
 * modules import: the early entry loads those modules (the importer) before the startup chunk has run, so they must
 * not import it. Rolldown puts what they share with the start in a chunk of its own.
 */
export function startupChunk(
  independent: readonly RegExp[] = [],
  appEntry = /index\.html$/,
  earlyEntry = /src\/app\/earlyStart\.ts$/,
  interfaceEntry = /src\/app\/mountApp\.tsx$/,
): Plugin {
  let startup = new Set<string>();
  /** The interface, imported by the start once the graph is on its way: what it needs beyond the start. */
  let ui = new Set<string>();
  /** What the start and the independent modules both import: one chunk of its own, which imports neither. */
  let shared = new Set<string>();
  return {
    name: 'yrd:startup-chunk',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            advancedChunks: {
              groups: [
                {
                  name: 'startup',
                  test: (id: string) => startup.has(id),
                  includeDependenciesRecursively: false,
                },
                {
                  name: 'interface',
                  test: (id: string) => ui.has(id),
                  includeDependenciesRecursively: false,
                },
                {
                  name: 'shared',
                  test: (id: string) => shared.has(id),
                  includeDependenciesRecursively: false,
                },
              ],
            },
          },
        },
      },
    }),
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const importsOf = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const closureOf = (pattern: RegExp) =>
        staticClosure(
          ids.filter((id) => pattern.test(id)),
          importsOf,
        );
      const early = closureOf(earlyEntry);
      const lazy = independent.map(closureOf);
      startup = closureOf(appEntry);
      ui = closureOf(interfaceEntry);
      shared = new Set();
      for (const id of [...startup]) {
        if (appEntry.test(id) || early.has(id)) startup.delete(id);
        else if (lazy.some((closure) => closure.has(id))) {
          startup.delete(id);
          shared.add(id);
        }
      }
      for (const id of [...ui]) {
        if (startup.has(id) || shared.has(id) || early.has(id) || lazy.some((closure) => closure.has(id)))
          ui.delete(id);
      }
    },
  };
}
