// Benchmarks importGraph on generated GEXF and GraphML files (10k/50k and 50k/250k): median of 3 runs per file.
import { MultiGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { exportGraphml } from '../src/data/export/exportGraphml';
import { importGraph } from '../src/data/import/importGraph';
import { makeSeededRandom } from '../src/model/metrics/seededRandom';

interface Size {
  nodes: number;
  edges: number;
}

const SIZES: Size[] = [
  { nodes: 10_000, edges: 50_000 },
  { nodes: 50_000, edges: 250_000 },
];
const RUNS = 3;
const CATEGORIES = ['person', 'place', 'organisation', 'event', 'concept'];

/** A seeded generator, so every run benchmarks the same files. */
const makeRandom = makeSeededRandom;

function makeGraph({ nodes, edges }: Size): MultiGraph {
  const random = makeRandom(nodes * 31 + edges);
  const graph = new MultiGraph({ type: 'directed' });
  const hex = () =>
    Math.floor(random() * 0x1000000)
      .toString(16)
      .padStart(6, '0');
  for (let i = 0; i < nodes; i++) {
    graph.addNode(`n${i}`, {
      label: `Node ${i}`,
      x: Math.round(random() * 100_000) / 100,
      y: Math.round(random() * 100_000) / 100,
      size: 1 + Math.round(random() * 100) / 10,
      color: `#${hex()}`,
      category: CATEGORIES[i % CATEGORIES.length],
      score: Math.round(random() * 1000) / 10,
    });
  }
  for (let i = 0; i < edges; i++) {
    const source = `n${Math.floor(random() * nodes)}`;
    const target = `n${Math.floor(random() * nodes)}`;
    graph.addEdgeWithKey(`e${i}`, source, target, { weight: 1 + Math.floor(random() * 5) });
  }
  return graph;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(name: string, text: string, size: Size): number {
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = importGraph({ name, text });
    runs.push(performance.now() - started);
    if (result.stats.nodes !== size.nodes || result.stats.edges !== size.edges || !result.hasPositions)
      throw new Error(`${name}: unexpected result ${JSON.stringify(result.stats)}`);
  }
  return median(runs);
}

const rows: string[][] = [['file', 'nodes', 'edges', 'size (MB)', `median of ${RUNS} (ms)`]];
for (const size of SIZES) {
  const graph = makeGraph(size);
  const files: [string, string][] = [
    ['bench.gexf', writeGexf(graph, { version: '1.3' })],
    ['bench.graphml', exportGraphml(graph)],
  ];
  for (const [name, text] of files) {
    const ms = time(name, text, size);
    rows.push([
      name,
      size.nodes.toLocaleString('en-US'),
      size.edges.toLocaleString('en-US'),
      (text.length / 1024 / 1024).toFixed(1),
      ms.toFixed(0),
    ]);
  }
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padStart(widths[column]!)).join('  '));
