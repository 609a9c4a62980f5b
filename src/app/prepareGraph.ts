// Turns a serialized graph into the read-only model graph: positions guaranteed, parallel edges indexed for curves.
import type Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { assembleGraph } from '../data/graphAssembler';
import { indexParallelEdges } from '../model/parallelEdges';
import { seedMissingPositions } from '../model/seedPositions';

export interface PreparedGraph {
  graph: Graph;
  /** True when the file had no positions: they were seeded on a circle and a layout should run. */
  needsLayout: boolean;
}

/** For graphs read on the main thread (the default dataset); imported files get the same steps in the worker. */
export function prepareGraph(serialized: SerializedGraph): PreparedGraph {
  const needsLayout = seedMissingPositions(serialized);
  indexParallelEdges(serialized);
  return { graph: assembleGraph(serialized), needsLayout };
}
