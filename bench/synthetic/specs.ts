// The synthetic graph sizes the bench measures (nodes/edges), each with its own fixed seed.
export interface SyntheticSpec {
  id: '1k' | '10k' | '50k';
  order: number;
  size: number;
  seed: number;
}

export const SYNTHETIC_SPECS: readonly SyntheticSpec[] = [
  { id: '1k', order: 1_000, size: 5_000, seed: 1 },
  { id: '10k', order: 10_000, size: 50_000, seed: 10 },
  { id: '50k', order: 50_000, size: 250_000, seed: 50 },
];

export type SyntheticFormat = 'gexf' | 'json';
export const SYNTHETIC_FORMATS: readonly SyntheticFormat[] = ['gexf', 'json'];

export const syntheticFileName = (spec: SyntheticSpec, format: SyntheticFormat) =>
  `synthetic-${spec.id}.${format}`;

/** The node whose label the interaction bench searches for. */
export const SEARCH_TARGET_LABEL = 'Node 42';
