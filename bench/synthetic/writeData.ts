// Writes a synthetic graph as graphology JSON and GEXF into the site's dist/bench-data/, served same-origin.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { write as writeGexf } from 'graphology-gexf';
import { generateSyntheticGraph } from './generate';
import { syntheticFileName, type SyntheticSpec } from './specs';

export interface WrittenGraph {
  spec: SyntheticSpec;
  /** The generated graph's real counts (merged duplicate edges make size a little lower than asked). */
  nodes: number;
  edges: number;
  bytes: { gexf: number; json: number };
}

export function writeSyntheticData(spec: SyntheticSpec, dataDir: string): WrittenGraph {
  mkdirSync(dataDir, { recursive: true });
  const graph = generateSyntheticGraph(spec);
  const json = JSON.stringify(graph.export());
  const gexf = writeGexf(graph);
  writeFileSync(path.join(dataDir, syntheticFileName(spec, 'json')), json);
  writeFileSync(path.join(dataDir, syntheticFileName(spec, 'gexf')), gexf);
  return {
    spec,
    nodes: graph.order,
    edges: graph.size,
    bytes: { gexf: Buffer.byteLength(gexf), json: Buffer.byteLength(json) },
  };
}
