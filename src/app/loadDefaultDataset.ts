// Startup: fetch the embedded default dataset (the YRD graph) from the build's own assets.
import Graph from 'graphology';
import graphUrl from '../../graph-data/yrd-2025.graph.json?url';

export async function loadDefaultDataset(signal?: AbortSignal): Promise<Graph> {
  const response = await fetch(graphUrl, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Could not load the default dataset: HTTP ${response.status}`);
  const serialized = await response.json();
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.import(serialized);
  return graph;
}
