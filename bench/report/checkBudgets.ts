// The --check verdict: which budgets failed, and which budgeted rows were not measured.
import type { ResultEntry } from '../types';

export interface BudgetVerdict {
  failed: ResultEntry[];
  notMeasured: ResultEntry[];
}

export function checkBudgets(entries: readonly ResultEntry[]): BudgetVerdict {
  const budgeted = entries.filter((entry) => entry.budget !== null);
  return {
    failed: budgeted.filter((entry) => entry.pass === false),
    notMeasured: budgeted.filter((entry) => entry.pass === null),
  };
}

export function formatVerdict({ failed, notMeasured }: BudgetVerdict): string {
  const lines: string[] = [];
  const describe = (entry: ResultEntry) => {
    if (entry.value === null)
      return `  ${entry.name} (budget ${entry.budget}): ${entry.note ?? 'not measured'}`;
    const ratio =
      entry.ratioToBaseline === null ? 'no baseline' : `${entry.ratioToBaseline.toFixed(2)}× baseline`;
    return `  ${entry.name}: ${entry.value.toFixed(1)} ${entry.unit}, ${ratio} (budget ${entry.budget})`;
  };
  if (notMeasured.length) lines.push('Not measured (do not fail --check):', ...notMeasured.map(describe));
  lines.push(failed.length ? 'Budgets FAILED:' : 'All measured budgets pass.', ...failed.map(describe));
  return lines.join('\n');
}
