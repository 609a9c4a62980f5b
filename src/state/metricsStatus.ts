// Where the metrics computation stands (held by app/useMetrics, shown by the Metrics panel).

/**
 * 'idle': nothing asked yet; 'computing'; 'ready': the results hold what was asked; 'failed': the last computation
 * failed. A failed computation is never started again by itself: only the user's "Try again" does.
 */
export type MetricsStatus = 'idle' | 'computing' | 'ready' | 'failed';
