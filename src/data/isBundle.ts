// Whether a graph claims to be a report bundle (checked by data/bundle, which is loaded only for bundles).
import type Graph from 'graphology';

/** Whether a graph claims to be a bundle: its `source` graph attribute is an object (not a file path). */
export function isBundle(graph: Graph): boolean {
  const source: unknown = graph.getAttribute('source');
  return typeof source === 'object' && source !== null;
}
