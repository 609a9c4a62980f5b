// The import pipeline: checks size, detects the format, reads it with the given reader, normalises the graph.
import { detectFormat, formatFromFileName } from './detectFormat';
import { GraphImportError, type ImportErrorFormat } from './GraphImportError';
import { formatLabel, type ImportContext } from './importContext';
import { checkByteSize, resolveLimits } from './importLimits';
import type { ImportFormat, ImportInput, ImportOptions, ImportResult, RawGraph } from './importTypes';
import { createWarningLog } from './importWarnings';
import { normaliseGraph } from './normaliseGraph';
import { makeNotAGraphError, sniffNotAGraph } from './notAGraph';
import { SchemaExplainerNeeded } from './schemaExplainer';
import { StreamRestart } from './StreamRestart';

/** Reads one format's text (and a CSV's nodes table) into the raw graph that normalisation turns into a graph. */
export type FormatReader = (input: ImportInput, context: ImportContext) => RawGraph;

/** Only white space (a byte-order mark included): a search that stops at the first other character. */
function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/** Size limits first, then whether the texts are graph files at all (not a web page, an image, nothing…). */
function checkInput(input: ImportInput, maxBytes: number, format: ImportErrorFormat) {
  checkByteSize(input.text, maxBytes, format);
  if (input.nodesCsv) checkByteSize(input.nodesCsv.text, maxBytes, format, input.nodesCsv.name);
  const found = sniffNotAGraph(input.text);
  if (found) throw makeNotAGraphError(found, input.name, input.origin ?? 'file', format);
  if (input.nodesCsv && isBlank(input.nodesCsv.text)) {
    throw new GraphImportError(`The nodes file ${input.nodesCsv.name} is empty`, format);
  }
  const nodesFound = input.nodesCsv && sniffNotAGraph(input.nodesCsv.text);
  if (nodesFound) throw makeNotAGraphError(nodesFound, input.nodesCsv!.name, 'file', format);
}

function toImportError(error: unknown, format: ImportErrorFormat): GraphImportError {
  if (error instanceof GraphImportError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const label = format === 'unknown' ? 'Import' : formatLabel(format);
  return new GraphImportError(`${label}: could not read the file: ${detail}`, format);
}

/**
 * Reads a GEXF, GraphML, graphology JSON or CSV file into graphology's serialized format, with the reader
 * `readerFor` gives for its format. `options` may carry the user's answers to an earlier attempt (missing nodes,
 * CSV columns).
 * @throws GraphImportError — and nothing else but SchemaExplainerNeeded or, with a sink, StreamRestart — saying what
 * went wrong and where.
 */
export function runImport(
  input: ImportInput,
  options: ImportOptions,
  readerFor: (format: ImportFormat) => FormatReader,
): ImportResult {
  let format: ImportErrorFormat = formatFromFileName(input.name) ?? 'unknown';
  try {
    const limits = resolveLimits(options.limits);
    checkInput(input, limits.maxBytes, format);
    const detected = detectFormat(input.name, input.text);
    format = detected;
    const context: ImportContext = {
      format: detected,
      fileName: input.name,
      limits,
      warnings: createWarningLog(),
    };
    if (options.sink) context.streamEdges = true;
    if (options.sink && options.parseInParts) context.parseInParts = true;
    if (options.missingNodes) context.missingNodes = options.missingNodes;
    if (options.csvColumns) context.csvColumns = options.csvColumns;
    const { onProgress } = options;
    if (onProgress) context.onProgress = (fraction) => onProgress({ stage: 'parsing', fraction });
    options.onProgress?.({ stage: 'parsing' });
    if (input.nodesCsv && detected !== 'csv') {
      context.warnings.add(
        `The nodes file ${input.nodesCsv.name} was ignored: it only goes with a CSV edge list`,
      );
    }
    const raw = readerFor(detected)(input, context);
    options.onProgress?.({ stage: 'normalising' });
    const { serialized, hasPositions, stats } = normaliseGraph(raw, context, options.sink);
    return {
      serialized,
      format: detected,
      warnings: context.warnings.list(),
      warningDetails: context.warnings.details(),
      hasPositions,
      stats,
    };
  } catch (error) {
    // Not problems of the file: the caller loads the explainer and reads it again (importGraphOnDemand), or reads
    // it again without streaming its edges (importWorkerHandler).
    if (error instanceof SchemaExplainerNeeded || error instanceof StreamRestart) throw error;
    throw toImportError(error, format);
  }
}
