// Node-only file I/O for datasets: reads a dataset folder into the pure validator/compiler input, and locates outputs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDatasetFile, type DatasetFile, type DatasetInput } from '../../src/data/datasetFile';
import { META_FILE } from '../../src/data/datasetPaths';

/** Repository root (two levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The dataset the scripts work on when none is given. */
export const DEFAULT_DATASET_DIR = join(REPO_ROOT, 'graph-data', 'yrd-2025');

export interface DatasetLocation {
  /** Absolute dataset folder, e.g. …/graph-data/yrd-2025. */
  datasetDir: string;
  /** Folder holding the dataset folder, against which meta.source is resolved (…/graph-data). */
  graphDataRoot: string;
  /** Dataset name = folder name. */
  name: string;
  /** Compiled graph output, e.g. …/graph-data/yrd-2025.graph.json. */
  graphPath: string;
  /** Mentions index output, e.g. …/graph-data/yrd-2025.mentions.json. */
  mentionsPath: string;
}

/** Resolves a dataset folder (absolute, or relative to the working directory) and its output paths. */
export function locateDataset(datasetDir: string = DEFAULT_DATASET_DIR): DatasetLocation {
  const absolute = resolve(datasetDir);
  const graphDataRoot = dirname(absolute);
  const name = basename(absolute);
  return {
    datasetDir: absolute,
    graphDataRoot,
    name,
    graphPath: join(graphDataRoot, `${name}.graph.json`),
    mentionsPath: join(graphDataRoot, `${name}.mentions.json`),
  };
}

function readFileEntry(path: string): DatasetFile {
  return path.endsWith('.json')
    ? makeDatasetFile(readFileSync(path, 'utf8'))
    : { ok: false, parseError: 'not a .json file' };
}

function readSourceText(meta: DatasetFile | undefined, graphDataRoot: string): string | null {
  if (meta === undefined || !meta.ok || typeof meta.data !== 'object' || meta.data === null) return null;
  const source = (meta.data as Record<string, unknown>).source;
  if (typeof source !== 'string') return null;
  const path = resolve(graphDataRoot, source);
  return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : null;
}

/** Reads meta.json, nodes/* and edges/* of a dataset folder, plus the source text named by meta.json. */
export function readDataset(datasetDir: string = DEFAULT_DATASET_DIR): {
  location: DatasetLocation;
  input: DatasetInput;
} {
  const location = locateDataset(datasetDir);
  const files: Record<string, DatasetFile> = {};
  const metaPath = join(location.datasetDir, META_FILE);
  if (existsSync(metaPath)) files[META_FILE] = readFileEntry(metaPath);
  for (const folder of ['nodes', 'edges']) {
    const folderPath = join(location.datasetDir, folder);
    if (!existsSync(folderPath)) continue;
    for (const name of readdirSync(folderPath).sort()) {
      const path = join(folderPath, name);
      if (statSync(path).isFile()) files[`${folder}/${name}`] = readFileEntry(path);
    }
  }
  const sourceText = readSourceText(files[META_FILE], location.graphDataRoot);
  return { location, input: { files, sourceText } };
}

/** Reads a text file, or returns null when it does not exist. */
export function readTextIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
