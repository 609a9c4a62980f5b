// The one error type the importer throws: what went wrong, in which format, where in the file, and data for the UI.
import type { ImportFormat, ImportOrigin } from './importTypes';
import type { NotAGraphContent } from './notAGraph';

export interface ImportErrorLocation {
  line?: number;
  column?: number;
  /** Element or record kind, e.g. "node", "edge", "key", "nodes[3]". */
  element?: string;
  /** Id of the node/edge/attribute concerned. */
  id?: string;
}

export type ImportErrorFormat = ImportFormat | 'unknown';

/**
 * Errors the UI can translate or answer, by code:
 * - not-a-graph: the text is a web page, an image, a PDF, an archive, binary data or nothing at all;
 * - csv-columns: a CSV table lacks the columns it needs; `columns` lists its header, for a mapping step (for an edge
 *   list, re-import with the chosen `csvColumns`).
 */
export type ImportErrorDetail =
  | { code: 'not-a-graph'; content: NotAGraphContent; kind?: string; origin: ImportOrigin }
  | {
      code: 'csv-columns';
      /** The file whose header is at fault. */
      file: string;
      table: 'edges' | 'nodes';
      /** Its header's columns, as written (blank ones left out). */
      columns: string[];
      /** The roles no column was found for: "source", "target" or "id". */
      missing: string[];
    };

/** Plain-data form of a GraphImportError, as posted by the import worker. */
export interface GraphImportErrorData {
  message: string;
  format: ImportErrorFormat;
  location?: ImportErrorLocation;
  detail?: ImportErrorDetail;
}

export class GraphImportError extends Error {
  override readonly name = 'GraphImportError';
  readonly format: ImportErrorFormat;
  readonly location?: ImportErrorLocation;
  readonly detail?: ImportErrorDetail;

  constructor(
    message: string,
    format: ImportErrorFormat,
    location?: ImportErrorLocation,
    detail?: ImportErrorDetail,
  ) {
    super(message);
    this.format = format;
    if (location) this.location = location;
    if (detail) this.detail = detail;
  }
}

export function isGraphImportError(value: unknown): value is GraphImportError {
  return value instanceof GraphImportError;
}

export function toGraphImportErrorData(error: GraphImportError): GraphImportErrorData {
  const data: GraphImportErrorData = { message: error.message, format: error.format };
  if (error.location) data.location = { ...error.location };
  if (error.detail) data.detail = structuredClone(error.detail);
  return data;
}

/** Rebuilds an error from its posted data (worker → main thread). */
export function makeGraphImportError(data: GraphImportErrorData): GraphImportError {
  return new GraphImportError(data.message, data.format, data.location, data.detail);
}
