// Loads a compiled graph (bundled or user-opened): validates it, then builds the model MultiGraph.
import type { Report } from './issues';
import type { SerializedKgGraph } from './compiledTypes';
import { makeGraphFromSerialized, type KgMultiGraph } from './makeGraphFromSerialized';
import { validateCompiledGraph } from './validateCompiledGraph';

export interface LoadedGraph {
  /** The model graph, or null when the report has errors. */
  graph: KgMultiGraph | null;
  report: Report;
}

/** Validates parsed JSON as a compiled graph and, if it has no errors, imports it into a MultiGraph. */
export function loadCompiledGraph(
  serialized: unknown,
  sourceText: string | null,
  file = 'graph.json',
): LoadedGraph {
  const report = validateCompiledGraph(serialized, sourceText, file);
  if (report.errorCount > 0) return { graph: null, report };
  return { graph: makeGraphFromSerialized(serialized as SerializedKgGraph), report };
}
