// Baseline page: fetches graphology JSON (?graph=<URL>, else YRD), imports it and renders it with plain sigma.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';

/** What the bench reads from this page (see bench/browser/probeTypes.ts). */
export interface BaselineHandle {
  sigma: Sigma;
}

async function main() {
  const url = new URLSearchParams(location.search).get('graph') ?? './yrd-2025.graph.json';
  const response = await fetch(url);
  if (!response.ok) throw new Error(`baseline: HTTP ${response.status} for ${url}`);
  const text = await response.text();
  performance.mark('graph:fetched');
  const graph = Graph.from(JSON.parse(text) as SerializedGraph);
  performance.mark('graph:parsed');
  const container = document.getElementById('sigma');
  if (!container) throw new Error('baseline: no #sigma container');
  const handle: BaselineHandle = { sigma: new Sigma(graph, container) };
  (window as unknown as { __baseline: BaselineHandle }).__baseline = handle;
}

void main();
