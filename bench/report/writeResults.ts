// Writes bench/results/latest.json (gitignored): the array of result entries.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_PATH } from '../paths';
import type { ResultEntry } from '../types';

export function writeResults(entries: readonly ResultEntry[]): string {
  mkdirSync(path.dirname(RESULTS_PATH), { recursive: true });
  writeFileSync(RESULTS_PATH, `${JSON.stringify(entries, null, 2)}\n`);
  return RESULTS_PATH;
}
