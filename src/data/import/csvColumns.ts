// Header handling for CSV imports: case-insensitive column lookup, unique attribute names, reserved names dropped.
import { GraphImportError } from './GraphImportError';
import type { WarningLog } from './importWarnings';
import { isForbiddenKey } from './safeAttributes';

export interface CsvColumn {
  index: number;
  /** Attribute name: the header as written (trimmed), made unique. */
  name: string;
  /** Lower-cased header, for matching well-known columns. */
  lower: string;
}

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

/** `CSV edges.csv: missing required column "target" (found: source, weight)` */
export function makeMissingColumnsError(
  label: string,
  missing: string[],
  header: string[],
  line: number,
  hint = '',
) {
  const names = missing
    .map((name) => `"${name}"`)
    .join(' and ')
    .replace(/"id"$/, '"id" (or "key")');
  const found =
    header
      .map((name) => name.trim())
      .filter(Boolean)
      .join(', ') || 'no columns';
  return new GraphImportError(
    `${label}: missing required column${missing.length > 1 ? 's' : ''} ${names} (found: ${found})${hint}`,
    'csv',
    { line, element: 'header' },
  );
}
