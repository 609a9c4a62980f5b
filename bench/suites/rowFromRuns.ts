// Turns per-run outcomes into a measurement row: the values that were measured, or n/a with the reason.
import { notMeasured, type Measurement, type Unit } from '../types';

export type RunOutcome<T> = { ok: true; result: T } | { ok: false; reason: string };

export function rowFromRuns<T>(
  name: string,
  unit: Unit,
  outcomes: readonly RunOutcome<T>[],
  pick: (result: T) => number | null,
  options: { absent: string; extra?: Partial<Measurement> },
): Measurement {
  const failure = outcomes.find((outcome): outcome is { ok: false; reason: string } => !outcome.ok);
  const samples = outcomes
    .map((outcome) => (outcome.ok ? pick(outcome.result) : null))
    .filter((value): value is number => value !== null && Number.isFinite(value));
  if (samples.length === 0) return notMeasured(name, unit, failure?.reason ?? options.absent, options.extra);
  const partial = failure
    ? { note: `${outcomes.length - samples.length} run(s) failed: ${failure.reason}` }
    : {};
  return { name, unit, samples, ...partial, ...options.extra };
}
