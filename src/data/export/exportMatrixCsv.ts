// A comparison matrix (header row, then one row per row node) as CSV, and a file name for it.
import Papa from 'papaparse';

/** The table as CSV; cells that look like formulas are neutralised for spreadsheets. */
export function exportMatrixCsv(table: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse(
    table.map((row) => [...row]),
    { escapeFormulae: true },
  );
}

/** "Themes by province" → "Themes-by-province.csv" (letters of any script kept; safe on every file system). */
export function makeMatrixFileName(caption: string): string {
  const base = caption
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return `${base || 'matrix'}.csv`;
}
