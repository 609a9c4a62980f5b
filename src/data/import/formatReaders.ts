// Each format's reader, for the import pipeline; the JSON one with the explainer it is given (schemaExplainer.ts).
import { readCsv } from './csvImport';
import { readGexf } from './gexfImport';
import { readGraphml } from './graphmlImport';
import type { FormatReader } from './importPipeline';
import type { ImportFormat } from './importTypes';
import { readJson } from './jsonImport';
import type { SchemaExplainer } from './schemaExplainer';

/** The readers; without an explainer, the JSON reader throws SchemaExplainerNeeded for a file that needs one. */
export function makeFormatReaders(explain: SchemaExplainer | null): Record<ImportFormat, FormatReader> {
  return {
    gexf: (input, context) => readGexf(input.text, context),
    graphml: (input, context) => readGraphml(input.text, context),
    json: (input, context) => readJson(input.text, context, explain),
    csv: (input, context) => readCsv(input, input.nodesCsv, context),
  };
}
