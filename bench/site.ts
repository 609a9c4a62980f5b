// A private temp directory the bench builds into and serves, so it neither breaks nor is broken by other builds.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

/** Served by `vite preview` from root: dist/ holds the app, dist/bench-baseline/ and dist/bench-data/. */
export interface BenchSite {
  root: string;
  dist: string;
  baselineDir: string;
  dataDir: string;
  remove(): void;
}

export function createSite(): BenchSite {
  const root = mkdtempSync(path.join(tmpdir(), 'yrd-bench-site-'));
  // startPreviewServer(root) runs root/node_modules/vite; no vite config there, so preview serves root/dist.
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const dist = path.join(root, 'dist');
  const dataDir = path.join(dist, 'bench-data');
  mkdirSync(dist);
  return {
    root,
    dist,
    baselineDir: path.join(dist, 'bench-baseline'),
    dataDir,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
