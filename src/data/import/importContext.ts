// The context every format reader gets: limits, the warning log and the message prefix for its errors.
import { GraphImportError, type ImportErrorLocation } from './GraphImportError';
import type { ImportChoices, ImportFormat, ImportLimits } from './importTypes';
import type { WarningLog } from './importWarnings';

export interface ImportContext extends ImportChoices {
  format: ImportFormat;
  fileName: string;
  limits: ImportLimits;
  warnings: WarningLog;
  /** The caller takes the edges as they are read (a sink): a reader may hand them over before reading them all. */
  streamEdges?: boolean;
  /** The caller would rather a JSON text were parsed a part at a time (see ImportOptions.parseInParts). */
  parseInParts?: boolean;
  /** Parsing progress (fraction of the text read), for readers that can report it. */
  onProgress?: (fraction: number) => void;
}

const FORMAT_LABELS: Record<ImportFormat, string> = {
  gexf: 'GEXF',
  graphml: 'GraphML',
  json: 'JSON',
  csv: 'CSV',
};

export function formatLabel(format: ImportFormat): string {
  return FORMAT_LABELS[format];
}

/** "GEXF: …" — an error from one of the format readers. */
export function makeFormatError(context: ImportContext, detail: string, location?: ImportErrorLocation) {
  return new GraphImportError(`${formatLabel(context.format)}: ${detail}`, context.format, location);
}

/** " (line 12)" or " (line 12, column 5)" for messages about an element; empty when unknown. */
export function describeLine(location?: ImportErrorLocation): string {
  if (!location?.line) return '';
  return location.column ? ` (line ${location.line}, column ${location.column})` : ` (line ${location.line})`;
}

/** " at line 12" for warnings; empty when unknown. */
export function atLine(location?: ImportErrorLocation): string {
  return location?.line ? ` at line ${location.line}` : '';
}
