// The one error type the importer throws: what went wrong, in which format, and where in the file.
import type { ImportFormat } from './importTypes';

export interface ImportErrorLocation {
  line?: number;
  column?: number;
  /** Element or record kind, e.g. "node", "edge", "key", "nodes[3]". */
  element?: string;
  /** Id of the node/edge/attribute concerned. */
  id?: string;
}

export type ImportErrorFormat = ImportFormat | 'unknown';

/** Plain-data form of a GraphImportError, as posted by the import worker. */
export interface GraphImportErrorData {
  message: string;
  format: ImportErrorFormat;
  location?: ImportErrorLocation;
}

export class GraphImportError extends Error {
  override readonly name = 'GraphImportError';
  readonly format: ImportErrorFormat;
  readonly location?: ImportErrorLocation;

  constructor(message: string, format: ImportErrorFormat, location?: ImportErrorLocation) {
    super(message);
    this.format = format;
    if (location) this.location = location;
  }
}

export function isGraphImportError(value: unknown): value is GraphImportError {
  return value instanceof GraphImportError;
}

export function toGraphImportErrorData(error: GraphImportError): GraphImportErrorData {
  const data: GraphImportErrorData = { message: error.message, format: error.format };
  if (error.location) data.location = { ...error.location };
  return data;
}

/** Rebuilds an error from its posted data (worker → main thread). */
export function makeGraphImportError(data: GraphImportErrorData): GraphImportError {
  return new GraphImportError(data.message, data.format, data.location);
}
