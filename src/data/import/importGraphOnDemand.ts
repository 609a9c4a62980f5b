// The import entry point the app uses: importGraph without zod, which is loaded only to explain a JSON file that is
// not a serialized graph (valid files never need it, and it is the importers' largest library).
import { makeFormatReaders } from './formatReaders';
import { runImport } from './importPipeline';
import type { ImportInput, ImportOptions, ImportResult } from './importTypes';
import { SchemaExplainerNeeded } from './schemaExplainer';

const READERS = makeFormatReaders(null);

/**
 * importGraph, loading zod's explanation of a JSON file only when the file needs one (it is then read again).
 * @throws GraphImportError — or, with a sink, StreamRestart — saying what went wrong and where.
 */
export async function importGraphOnDemand(
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    return runImport(input, options, (format) => READERS[format]);
  } catch (error) {
    if (!(error instanceof SchemaExplainerNeeded)) throw error;
    const { explainSchemaProblem } = await import('./jsonSchema');
    const explaining = makeFormatReaders(explainSchemaProblem);
    return runImport(input, options, (format) => explaining[format]);
  }
}
