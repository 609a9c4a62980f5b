// Reads a CSV/TSV text with papaparse into a header and rows that remember their line numbers.
import Papa from 'papaparse';
import { GraphImportError } from './GraphImportError';
import { makeLineCounter } from './textPosition';

export interface CsvRow {
  values: string[];
  line: number;
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
}

export interface CsvReadOptions {
  /** "CSV edges.csv" — prefix of error messages. */
  label: string;
  delimiter?: string;
  /** Rows beyond this are counted but not kept; then `tooMany(count)` is thrown. */
  maxRows: number;
  tooMany: (count: number) => GraphImportError;
}

const SKIPPABLE = /[ \t\r\n]/;

function skipBlank(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && SKIPPABLE.test(text[i] as string)) i++;
  return i;
}

export function readCsvTable(text: string, options: CsvReadOptions): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  const lineAt = makeLineCounter(source);
  let header: string[] | undefined;
  let headerLine = 0;
  const rows: CsvRow[] = [];
  let count = 0;
  let failure: GraphImportError | undefined;
  let cursor = 0;
  Papa.parse<string[]>(source, {
    delimiter: options.delimiter ?? '',
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const line = lineAt(skipBlank(source, cursor));
      cursor = result.meta.cursor;
      const quotes = result.errors.find((error) => error.type === 'Quotes');
      if (quotes) {
        const problem =
          quotes.code === 'MissingQuotes' ? 'a quoted value is never closed' : 'a quoted value is malformed';
        failure = new GraphImportError(`${options.label} line ${line}: ${problem}`, 'csv', { line });
        parser.abort();
        return;
      }
      const values = (result.data as unknown[]).map((value) => String(value ?? '').trim());
      if (!header) {
        header = values;
        headerLine = line;
        return;
      }
      count++;
      if (count <= options.maxRows) rows.push({ values, line });
    },
  });
  if (failure) throw failure;
  if (!header) throw new GraphImportError(`${options.label}: the file has no header row`, 'csv');
  if (count > options.maxRows) throw options.tooMany(count);
  return { header, headerLine, rows };
}
