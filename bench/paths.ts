// Where things are in the project, and the URL paths the bench's preview server serves.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const YRD_GRAPH_PATH = path.join(PROJECT_ROOT, 'graph-data/yrd-2025.graph.json');
export const RESULTS_PATH = path.join(PROJECT_ROOT, 'bench/results/latest.json');

/** URL paths on the preview server (see site.ts for the directories behind them). */
export const APP_PATH = '';
export const BASELINE_PATH = 'bench-baseline/';
export const BENCH_DATA_PATH = 'bench-data/';
