// The bench's data model: a measured row (samples or n/a) and its optional budget.
/** `count`: a number of occurrences per run (e.g. tasks over 200 ms). */
export type Unit = 'ms' | 'MB' | 'kB' | 'count';

export interface Budget {
  /** Human description, shown in the table and in latest.json. */
  label: string;
  /** Pass when the ratio to the baseline is at most this. */
  maxRatio?: number;
  /** Pass when the median value is at most this. */
  maxValue?: number;
  /** Pass anyway when the median value is at most this (with maxRatio: "≤ max(value, ratio × baseline)"). */
  passAtOrUnder?: number;
}

export interface Measurement {
  /** Stable identifier, e.g. `yrd/app/first-draw`. */
  name: string;
  unit: Unit;
  /** One value per run; null when not measured. */
  samples: number[] | null;
  /** Why the row is n/a (when samples is null). */
  note?: string;
  /** Name of the baseline row this figure is compared with. */
  baseline?: string;
  budget?: Budget;
}

export interface ResultEntry {
  name: string;
  /** The median, or null when not measured. */
  value: number | null;
  unit: Unit;
  ratioToBaseline: number | null;
  min: number | null;
  max: number | null;
  runs: number;
  budget: string | null;
  /** true/false against the budget; null when there is no budget or nothing was measured. */
  pass: boolean | null;
  note?: string;
}

/** A row that could not be measured, with the reason. */
export function notMeasured(
  name: string,
  unit: Unit,
  note: string,
  extra: Partial<Measurement> = {},
): Measurement {
  return { name, unit, samples: null, note, ...extra };
}
