// Builds the app and the baseline page with Vite (node on vite's bin, not npx) into the bench's site.
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, YRD_GRAPH_PATH } from './paths';
import type { BenchSite } from './site';

const VITE_BIN = path.join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js');

function runVite(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE_BIN, ...args], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

/** The app, with the project's own vite.config.ts, into the site's dist/. */
export const buildApp = (site: BenchSite) =>
  runVite(['build', '--outDir', site.dist, '--emptyOutDir', '--logLevel', 'warn']);

/** The baseline page into dist/bench-baseline/, with the YRD graph copied next to it. */
export async function buildBaseline(site: BenchSite): Promise<void> {
  const config = 'bench/vite.baseline.config.ts';
  await runVite([
    'build',
    '--config',
    config,
    '--outDir',
    site.baselineDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  copyFileSync(YRD_GRAPH_PATH, path.join(site.baselineDir, path.basename(YRD_GRAPH_PATH)));
}
