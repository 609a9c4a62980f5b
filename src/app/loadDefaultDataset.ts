// Startup: fetch the embedded default dataset (the YRD graph) from the build's own assets, and prepare it.
import type Graph from 'graphology';
import graphUrl from '../../graph-data/yrd-2025.graph.json?url';
import { prepareGraph } from './prepareGraph';

export async function loadDefaultDataset(signal?: AbortSignal): Promise<Graph> {
  const response = await fetch(graphUrl, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Could not load the default dataset: HTTP ${response.status}`);
  return prepareGraph(await response.json());
}
