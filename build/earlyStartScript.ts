// Vite plugin: builds src/app/earlyStart.ts as its own small entry and runs it from index.html before the app.
import type { Plugin } from 'vite';

export const EARLY_START_ENTRY = 'earlyStart';

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
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === EARLY_START_ENTRY,
        );
        if (!chunk) throw new Error(`yrd:early-start-script: no "${EARLY_START_ENTRY}" entry was built`);
        // Before the app's module script: module scripts run in document order, and this one is tiny.
        const tag = `<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    `;
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('yrd:early-start-script: index.html has no module script to run before');
        return html.slice(0, at) + tag + html.slice(at);
      },
    },
  };
}
