// `npm run bench`: builds the app and the baseline, serves them, measures in Chromium, prints and saves results.
import { startPreviewServer } from '../tests/e2e/previewServer';
import { buildApp, buildBaseline } from './build';
import { parseArgs, type BenchOptions } from './cli';
import { checkBudgets, formatVerdict } from './report/checkBudgets';
import { formatTable } from './report/printTable';
import { toEntries } from './report/toEntries';
import { writeResults } from './report/writeResults';
import { runBuildSuite } from './suites/buildSuite';
import { runInteractionSuite } from './suites/interactionSuite';
import { runSyntheticSuite } from './suites/syntheticSuite';
import { runYrdSuite } from './suites/yrdSuite';
import { createSite, type BenchSite } from './site';
import { SYNTHETIC_SPECS } from './synthetic/specs';
import { writeSyntheticData, type WrittenGraph } from './synthetic/writeData';
import type { Measurement } from './types';

const started = Date.now();
/** Progress goes to stderr, so stdout carries only the table. */
const log = (line: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);

function syntheticGraphs(options: BenchOptions, site: BenchSite): WrittenGraph[] {
  const ids = new Set<string>();
  if (options.suites.has('synthetic')) for (const spec of SYNTHETIC_SPECS) ids.add(spec.id);
  if (options.quick) for (const id of ['10k', '50k']) ids.delete(id);
  if (options.suites.has('interaction')) ids.add('10k');
  return SYNTHETIC_SPECS.filter((spec) => ids.has(spec.id)).map((spec) => {
    const written = writeSyntheticData(spec, site.dataDir);
    log(`wrote synthetic ${spec.id}: ${written.nodes} nodes, ${written.edges} edges`);
    return written;
  });
}

async function measure(options: BenchOptions, site: BenchSite): Promise<Measurement[]> {
  log(`building the app and the baseline page into ${site.root}`);
  await buildApp(site);
  await buildBaseline(site);
  const graphs = syntheticGraphs(options, site);
  const rows: Measurement[] = [];
  if (options.suites.has('build')) rows.push(...runBuildSuite(site));
  if (![...options.suites].some((suite) => suite !== 'build')) return rows;
  const server = await startPreviewServer(site.root);
  log(`serving on ${server.baseURL}; ${options.runs} run(s) per measurement`);
  try {
    if (options.suites.has('yrd')) rows.push(...(await runYrdSuite(server.baseURL, options.runs, log)));
    if (options.suites.has('synthetic')) {
      const sizes = graphs.filter((graph) => !options.quick || graph.spec.id === '1k');
      rows.push(...(await runSyntheticSuite(server.baseURL, sizes, options.runs, log)));
    }
    if (options.suites.has('interaction')) {
      const tenK = graphs.find((graph) => graph.spec.id === '10k');
      rows.push(...(await runInteractionSuite(server.baseURL, tenK, options.runs, log)));
    }
  } finally {
    await server.stop();
  }
  return rows;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const site = createSite();
  let rows: Measurement[];
  try {
    rows = await measure(options, site);
  } finally {
    site.remove();
  }
  const entries = toEntries(rows);
  console.log(formatTable(entries));
  log(`results written to ${writeResults(entries)}`);
  const verdict = checkBudgets(entries);
  console.log(`\n${formatVerdict(verdict)}`);
  if (options.check && verdict.failed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
