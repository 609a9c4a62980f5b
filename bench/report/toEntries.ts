// Summarises measurements into result entries: median, range, ratio to the baseline row, budget verdict.
import { summarise } from '../stats';
import type { Measurement, ResultEntry } from '../types';

export function toEntries(rows: readonly Measurement[]): ResultEntry[] {
  const medians = new Map<string, number>();
  for (const row of rows) if (row.samples) medians.set(row.name, summarise(row.samples).median);
  return rows.map((row) => {
    const summary = row.samples ? summarise(row.samples) : null;
    const base = row.baseline ? medians.get(row.baseline) : undefined;
    const ratio = summary && base ? summary.median / base : null;
    let pass: boolean | null = null;
    if (row.budget && summary) {
      const { maxRatio, maxValue } = row.budget;
      if (maxRatio !== undefined) pass = ratio === null ? null : ratio <= maxRatio;
      if (maxValue !== undefined) pass = (pass ?? true) && summary.median <= maxValue;
      if (row.budget.passAtOrUnder !== undefined && summary.median <= row.budget.passAtOrUnder) pass = true;
    }
    const entry: ResultEntry = {
      name: row.name,
      value: summary?.median ?? null,
      unit: row.unit,
      ratioToBaseline: ratio,
      min: summary?.min ?? null,
      max: summary?.max ?? null,
      runs: summary?.runs ?? 0,
      budget: row.budget?.label ?? null,
      pass,
    };
    const note =
      row.note ?? (row.baseline && summary && base === undefined ? 'baseline not measured' : undefined);
    if (note) entry.note = note;
    return entry;
  });
}
