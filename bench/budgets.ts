// The budgets `npm run bench -- --check` enforces.
import type { Budget } from './types';

export const FIRST_DRAW_BUDGET: Budget = { label: '≤ 1.5× baseline', maxRatio: 1.5 };
/** Interaction latency at 10k nodes: at most 2 frames of the baseline's render time. */
export const INTERACTION_BUDGET: Budget = { label: '≤ 2× baseline render', maxRatio: 2 };
export const INITIAL_JS_GZIP_BUDGET: Budget = { label: '≤ 250 kB', maxValue: 250 };

/** Synthetic sizes whose first draw has a budget. */
export const FIRST_DRAW_BUDGET_SIZES = new Set(['10k', '50k']);
/** Synthetic size whose interaction latency has a budget. */
export const INTERACTION_BUDGET_SIZE = '10k';
