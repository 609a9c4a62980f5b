// Header handling for CSV imports: case-insensitive lookup, endpoint column names, unique attribute names.
import { GraphImportError } from './GraphImportError';
import type { CsvColumnChoice } from './importTypes';
import type { WarningLog } from './importWarnings';
import { isForbiddenKey } from './safeAttributes';

export interface CsvColumn {
  index: number;
  /** Attribute name: the header as written (trimmed), made unique. */
  name: string;
  /** Lower-cased header, for matching well-known columns. */
  lower: string;
}

/** Endpoint column names we recognise, pair by pair, in this order (compared case-insensitively). */
export const ENDPOINT_COLUMN_PAIRS: readonly (readonly [source: string, target: string])[] = [
  ['source', 'target'],
  ['from', 'to'],
  ['src', 'dst'],
  ['node1', 'node2'],
];

export function makeColumns(header: string[], label: string, warnings: WarningLog): CsvColumn[] {
  const used = new Set<string>();
  const columns: CsvColumn[] = [];
  header.forEach((raw, index) => {
    const base = raw.trim() || `column${index + 1}`;
    if (isForbiddenKey(base)) {
      warnings.add(`${label}: ignored the column "${base}" (reserved name)`);
      return;
    }
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    if (name !== base)
      warnings.add(`${label}: the column "${base}" appears more than once; the copy is named "${name}"`);
    used.add(name);
    columns.push({ index, name, lower: base.toLowerCase() });
  });
  return columns;
}

/** The first column whose header matches one of `names` (in the order of `names`). */
export function findColumn(columns: CsvColumn[], ...names: string[]): CsvColumn | undefined {
  for (const name of names) {
    const column = columns.find((candidate) => candidate.lower === name);
    if (column) return column;
  }
  return undefined;
}

const headerColumns = (header: string[]) => header.map((name) => name.trim()).filter(Boolean);

/**
 * `CSV edges.csv: missing required column "target" (found: source, weight)`, with a 'csv-columns' detail that lists
 * the header, so the UI can offer to pick the columns.
 */
export function makeMissingColumnsError(
  label: string,
  missing: string[],
  header: string[],
  line: number,
  where: { file: string; table: 'edges' | 'nodes' },
  hint = '',
) {
  const names = missing
    .map((name) => `"${name}"`)
    .join(' and ')
    .replace(/"id"$/, '"id" (or "key")');
  const columns = headerColumns(header);
  return new GraphImportError(
    `${label}: missing required column${missing.length > 1 ? 's' : ''} ${names} (found: ${columns.join(', ') || 'no columns'})${hint}`,
    'csv',
    { line, element: 'header' },
    { code: 'csv-columns', ...where, columns, missing },
  );
}

/** The column a user chose, by its header (exactly, else ignoring case). */
function chosenColumn(columns: CsvColumn[], name: string): CsvColumn | undefined {
  const trimmed = name.trim();
  return columns.find((c) => c.name === trimmed) ?? findColumn(columns, trimmed.toLowerCase());
}

export interface Endpoints {
  source: CsvColumn;
  target: CsvColumn;
}

/**
 * The source and target columns: the chosen ones, else the first recognised pair (source/target, from/to, src/dst,
 * node1/node2). Undefined when none is found; throws (a 'csv-columns' error) when a chosen column is not there.
 */
export function findEndpoints(
  columns: CsvColumn[],
  choice: CsvColumnChoice | undefined,
  fail: (missing: string[], hint: string) => GraphImportError,
): Endpoints | undefined {
  if (choice) {
    const source = chosenColumn(columns, choice.source);
    const target = chosenColumn(columns, choice.target);
    if (!source || !target) {
      const absent = [source ? undefined : choice.source, target ? undefined : choice.target];
      const names = absent.filter((n): n is string => n !== undefined).map((n) => `"${n}"`);
      throw fail(
        [source ? '' : 'source', target ? '' : 'target'].filter(Boolean),
        `; the chosen column ${names.join(' and ')} is not in the header`,
      );
    }
    if (source === target) throw fail(['target'], '; the source and target columns must differ');
    return { source, target };
  }
  for (const [sourceName, targetName] of ENDPOINT_COLUMN_PAIRS) {
    const source = findColumn(columns, sourceName);
    const target = findColumn(columns, targetName);
    if (source && target) return { source, target };
  }
  return undefined;
}
