// Formats the result entries as a plain-text table for stdout.
import type { ResultEntry, Unit } from '../types';

const HEADERS = ['name', 'median', 'range', 'unit', '×baseline', 'budget', 'status'];

/** Counts print as whole numbers unless a median falls between two. */
const fmt = (value: number, unit: Unit) =>
  Math.abs(value) >= 100 || (unit === 'count' && Number.isInteger(value))
    ? value.toFixed(0)
    : value.toFixed(1);

export function status(entry: ResultEntry): string {
  if (entry.value === null) return entry.budget ? 'not measured' : '';
  if (entry.pass === null) return entry.budget ? 'not measured' : '';
  return entry.pass ? 'pass' : 'FAIL';
}

function cells(entry: ResultEntry): string[] {
  if (entry.value === null) {
    return [
      entry.name,
      `n/a (${entry.note ?? 'not measured'})`,
      '',
      entry.unit,
      '',
      entry.budget ?? '',
      status(entry),
    ];
  }
  const range =
    entry.runs > 1 && entry.min !== null && entry.max !== null
      ? `${fmt(entry.min, entry.unit)}–${fmt(entry.max, entry.unit)}`
      : '';
  const ratio = entry.ratioToBaseline === null ? '' : `${entry.ratioToBaseline.toFixed(2)}×`;
  return [
    entry.name,
    fmt(entry.value, entry.unit),
    range,
    entry.unit,
    ratio,
    entry.budget ?? '',
    status(entry),
  ];
}

const isNa = (row: readonly string[]) => row[1]!.startsWith('n/a');

export function formatTable(entries: readonly ResultEntry[]): string {
  const body = entries.map(cells);
  const measured = [HEADERS, ...body.filter((row) => !isNa(row))];
  const widths = HEADERS.map((_, column) =>
    Math.max(
      ...(column === 1 || column === 2 ? measured : [HEADERS, ...body]).map((row) => row[column]!.length),
    ),
  );
  const line = (row: string[]) => {
    // An n/a row's note spans the median and range columns.
    const first = isNa(row)
      ? [row[0]!.padEnd(widths[0]!), row[1]!.padEnd(widths[1]! + 2 + widths[2]!)]
      : [row[0]!.padEnd(widths[0]!), row[1]!.padStart(widths[1]!), row[2]!.padEnd(widths[2]!)];
    const rest = row
      .slice(3)
      .map((cell, i) => (i === 1 ? cell.padStart(widths[4]!) : cell.padEnd(widths[i + 3]!)));
    return [...first, ...rest].join('  ').trimEnd();
  };
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(HEADERS), rule, ...body.map(line)].join('\n');
}
