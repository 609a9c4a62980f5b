// Suite "build": initial JS and CSS of the app (raw and gzipped) against the bare-sigma baseline page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { INITIAL_JS_GZIP_BUDGET } from '../budgets';
import type { BenchSite } from '../site';
import type { Measurement } from '../types';
import { initialAssets } from './initialAssets';

/** Raw and gzipped bytes of some files, in kB (1000 bytes, as Vite reports them). */
function sizes(files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw: raw / 1000, gzip: gzip / 1000 };
}

export function runBuildSuite(site: BenchSite): Measurement[] {
  const app = initialAssets(path.join(site.dist, 'index.html'));
  const baseline = initialAssets(path.join(site.baselineDir, 'index.html'));
  const appJs = sizes(app.js);
  const appCss = sizes(app.css);
  const baseJs = sizes(baseline.js);
  const row = (name: string, value: number, extra: Partial<Measurement> = {}): Measurement => ({
    name,
    unit: 'kB',
    samples: [value],
    ...extra,
  });
  return [
    row('build/baseline/initial-js', baseJs.raw),
    row('build/baseline/initial-js-gzip', baseJs.gzip),
    row('build/app/initial-js', appJs.raw, { baseline: 'build/baseline/initial-js' }),
    row('build/app/initial-js-gzip', appJs.gzip, {
      baseline: 'build/baseline/initial-js-gzip',
      budget: INITIAL_JS_GZIP_BUDGET,
    }),
    row('build/app/initial-css', appCss.raw),
    row('build/app/initial-css-gzip', appCss.gzip),
  ];
}
