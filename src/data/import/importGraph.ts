// The import entry point with every reader and zod at hand: reads a graph file in one synchronous call.
import { makeFormatReaders } from './formatReaders';
import { runImport } from './importPipeline';
import type { ImportInput, ImportOptions, ImportResult } from './importTypes';
import { explainSchemaProblem } from './jsonSchema';

const READERS = makeFormatReaders(explainSchemaProblem);

/**
 * Reads a GEXF, GraphML, graphology JSON or CSV file into graphology's serialized format. `options` may carry the
 * user's answers to an earlier attempt (missing nodes, CSV columns). The app uses importGraphOnDemand.
 * @throws GraphImportError — and nothing else — saying what went wrong and where.
 */
export function importGraph(input: ImportInput, options: ImportOptions = {}): ImportResult {
  return runImport(input, options, (format) => READERS[format]);
}
