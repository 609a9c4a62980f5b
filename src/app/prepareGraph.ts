// Turns a serialized graph into the read-only model graph: positions guaranteed, parallel edges indexed for curves.
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';

export interface PreparedGraph {
  graph: Graph;
  /** True when the file had no positions: they were seeded on a circle and a layout should run. */
  needsLayout: boolean;
}

/** The default dataset's options: a directed multigraph without self-loops. */
const DEFAULT_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** Seeds missing positions on a circle (deterministic, by node order) and reports whether any were missing. */
function seedMissingPositions(graph: Graph): boolean {
  let missing = false;
  graph.forEachNode((_node, attributes) => {
    if (!Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) missing = true;
  });
  if (!missing) return false;
  const count = graph.order;
  let index = 0;
  graph.updateEachNodeAttributes((_node, attributes) => {
    const angle = (2 * Math.PI * index++) / Math.max(1, count);
    // A slightly noisy circle, so ForceAtlas2 does not start from a perfectly symmetric state.
    const radius = 100 * (1 + 0.05 * Math.sin(index * 12.9898));
    return { ...attributes, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  return true;
}

export function prepareGraph(serialized: SerializedGraph): PreparedGraph {
  const graph = new Graph({ ...DEFAULT_OPTIONS, ...serialized.options });
  graph.import(serialized);
  const needsLayout = seedMissingPositions(graph);
  indexParallelEdgesIndex(graph);
  return { graph, needsLayout };
}
