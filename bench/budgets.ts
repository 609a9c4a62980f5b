// The budgets `npm run bench -- --check` enforces.
import type { Budget } from './types';

export const FIRST_DRAW_BUDGET: Budget = { label: '≤ 1.5× baseline', maxRatio: 1.5 };
/** Interaction latency at 10k nodes: at most 2 frames of the baseline's render time. */
export const INTERACTION_BUDGET: Budget = { label: '≤ 2× baseline render', maxRatio: 2 };
/**
 * The product target "the UI never freezes while a 50k-node file opens": the app's longest main-thread task while
 * opening the 50k graph (GEXF and JSON). Absolute, not a ratio: a freeze is felt in ms, whatever bare sigma does.
 */
export const LONGEST_TASK_BUDGET: Budget = { label: '≤ 200 ms (UI never freezes)', maxValue: 200 };
/** Synthetic size whose app longest task has a budget. */
export const LONGEST_TASK_BUDGET_SIZE = '50k';
export const INITIAL_JS_GZIP_BUDGET: Budget = { label: '≤ 250 kB', maxValue: 250 };

/** Synthetic sizes whose first draw has a budget. */
export const FIRST_DRAW_BUDGET_SIZES = new Set(['10k', '50k']);
/** Synthetic size whose interaction latency has a budget. */
export const INTERACTION_BUDGET_SIZE = '10k';
