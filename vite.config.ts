// Vite build and dev-server config, plus the vitest unit (node) and component (jsdom) projects.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/contentSecurityPolicy.ts';
import { earlyStartScript, IMPORTER_MODULE_PATTERN } from './build/earlyStartScript.ts';
import { startupChunk } from './build/startupChunk.ts';

export default defineConfig({
  // Relative asset URLs: the build works from any static host under any base path.
  base: './',
  plugins: [react(), startupChunk([IMPORTER_MODULE_PATTERN]), earlyStartScript(), contentSecurityPolicy()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1200, assetsInlineLimit: 0 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
