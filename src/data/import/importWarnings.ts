// Collects import warnings: English text for every one, and structured data (code, counts, examples) for the UI.
/** An edge that refers to a node the file does not define. */
export interface DanglingEdgeExample {
  /** The edge's id, or how to find it: "#3" (third edge element), "edges[2]" (JSON). */
  edge: string;
  /** The node id that is not in the file. */
  node: string;
  line?: number;
}

export interface RenumberedEdgeExample {
  /** The id as written (used by an earlier edge too). */
  id: string;
  /** The key the edge got instead. */
  key: string;
  line?: number;
}

/**
 * Warnings the UI can act on or translate, by code; `message` is the English text shown today.
 * - dangling-edges: edges to nodes not in the file were skipped; re-import with `missingNodes: 'create'` to keep them.
 * - missing-nodes-created: the same, imported with `missingNodes: 'create'`: the nodes were created.
 * - duplicate-edge-ids: edges whose id was already used got a new key.
 * - note: any other warning (English only).
 */
export type ImportWarning =
  | {
      code: 'dangling-edges';
      message: string;
      /** Edges skipped. */
      count: number;
      /** Distinct node ids missing. */
      missingNodes: number;
      examples: DanglingEdgeExample[];
    }
  | {
      code: 'missing-nodes-created';
      message: string;
      /** Nodes created. */
      count: number;
      /** Edges that refer to them. */
      edges: number;
      examples: DanglingEdgeExample[];
    }
  | { code: 'duplicate-edge-ids'; message: string; count: number; examples: RenumberedEdgeExample[] }
  | { code: 'note'; message: string };

export interface WarningLog {
  /** A one-off warning (duplicates are ignored). */
  add(message: string): void;
  /** A repeated warning: occurrences with the same id are counted and described once. */
  count(id: string, describe: (count: number) => string): void;
  /** A structured warning (one per code; a later one replaces an earlier one). */
  report(warning: Exclude<ImportWarning, { code: 'note' }>): void;
  list(): string[];
  details(): ImportWarning[];
}

export const MAX_WARNINGS = 100;
/** Examples kept in a structured warning (its message names fewer). */
export const MAX_WARNING_EXAMPLES = 10;

type Entry = { count: number; describe: (count: number) => string; warning?: ImportWarning };

export function createWarningLog(): WarningLog {
  const entries = new Map<string, Entry>();
  const all = (): ImportWarning[] => {
    const warnings = [...entries.values()].map(
      (entry): ImportWarning => entry.warning ?? { code: 'note', message: entry.describe(entry.count) },
    );
    if (warnings.length <= MAX_WARNINGS) return warnings;
    const more = `… and ${warnings.length - MAX_WARNINGS} more warnings`;
    return [...warnings.slice(0, MAX_WARNINGS), { code: 'note', message: more }];
  };
  return {
    add(message) {
      if (!entries.has(`message:${message}`))
        entries.set(`message:${message}`, { count: 1, describe: () => message });
    },
    count(id, describe) {
      const entry = entries.get(`count:${id}`);
      if (entry) entry.count++;
      else entries.set(`count:${id}`, { count: 1, describe });
    },
    report(warning) {
      entries.set(`code:${warning.code}`, { count: 1, describe: () => warning.message, warning });
    },
    list: () => all().map((warning) => warning.message),
    details: all,
  };
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}

/** "edge "e12" (line 6)" — an example's place, for messages. */
export function describeExample(example: { edge?: string; id?: string; line?: number }): string {
  const name = example.edge ?? example.id ?? '';
  const where = example.line ? ` (line ${example.line})` : '';
  const named = name.startsWith('#') ? `edge ${name}` : name.includes('[') ? name : `edge "${name}"`;
  return `${named}${where}`;
}
