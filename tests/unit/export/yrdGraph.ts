// Loads the app's real YRD graph (graph-data/yrd-2025.graph.json) into a graphology MultiGraph for export tests.
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { readFileSync } from 'node:fs';

export function loadYrdGraph(): MultiGraph {
  const url = new URL('../../../graph-data/yrd-2025.graph.json', import.meta.url);
  const serialized = JSON.parse(readFileSync(url, 'utf8')) as SerializedGraph;
  const graph = new MultiGraph(serialized.options);
  graph.import(serialized);
  return graph;
}

/** A value that may have come back as its JSON text (GEXF/GraphML/CSV), decoded for comparison. */
export function decodeJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
