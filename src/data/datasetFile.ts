// The in-memory form of a dataset's files, as handed to the pure validator and compiler.

/** A dataset file: either its parsed JSON or the reason it could not be parsed. */
export type DatasetFile = { ok: true; data: unknown } | { ok: false; parseError: string };

export interface DatasetInput {
  /** Relative path within the dataset folder (e.g. "meta.json", "nodes/leaders.json", "edges/p01.json") -> file. */
  files: Record<string, DatasetFile>;
  /** The source text named by meta.json, or null when it could not be read. */
  sourceText: string | null;
}

/** Parses JSON text into a DatasetFile, capturing the parse error instead of throwing. */
export function makeDatasetFile(text: string): DatasetFile {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, parseError: error instanceof Error ? error.message : String(error) };
  }
}
