// Colours: Okabe–Ito by node kind (relation families: relationFamilies.ts), Paul Tol's scale for categories, and UI constants.
import type { NodeKind } from '../model/ontology';

export const KIND_COLORS: Record<NodeKind, string> = {
  leader: '#E69F00',
  province: '#0072B2',
  region: '#009E73',
  program: '#D55E00',
  theme: '#CC79A7',
  organization: '#56B4E9',
  event: '#F0E442',
  section: '#000000',
  document: '#7F7F7F',
};

/** Colour of nodes whose kind is unknown (foreign graphs). */
export const DEFAULT_NODE_COLOR = '#8a94a6';
export const DEFAULT_EDGE_COLOR = '#b8c2cc';
export const FADED_NODE_COLOR = '#e3e7ec';
export const FADED_EDGE_COLOR = '#eef1f4';
export const HIGHLIGHT_EDGE_COLOR = '#2b3a4a';
/** A highlighted edge whose relation has no colour (a foreign graph's): dark enough to read against faded nodes. */
export const FOCUS_EDGE_COLOR = '#51606f';
export const BACKGROUND_COLOR = '#ffffff';
/** Node labels: dark text on a white halo, readable over edges. */
export const LABEL_COLOR = '#1f2a36';
export const LABEL_HALO_COLOR = '#ffffff';

/** Paul Tol's "muted" qualitative scheme: nine colours distinguishable with the common colour-vision deficiencies. */
export const CATEGORICAL_PALETTE = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
] as const;

/** Colour of nodes with no category, and of categories beyond the palette in 'other' mode. */
export const OTHER_CATEGORY_COLOR = '#9e9e9e';
