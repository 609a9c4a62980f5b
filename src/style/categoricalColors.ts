// A scale from node categories (e.g. communities) to the colour-blind-safe categorical palette.
import type { NodeValues } from '../model/metrics/types';
import { CATEGORICAL_PALETTE, OTHER_CATEGORY_COLOR } from './palette';

export const OTHER_CATEGORY = 'other';

export interface CategoricalColorOptions {
  palette?: readonly string[];
  /**
   * 'other' (default): categories beyond the palette, the smallest ones, share the grey "other" colour, so no two
   * coloured categories look alike. 'cycle': they reuse the palette colours in turn.
   */
  overflow?: 'other' | 'cycle';
}

export interface CategoryColor {
  /** The category as a string ("3", "theme"), or 'other' for the grouped remainder. */
  category: string;
  color: string;
  /** Number of nodes in the category (or in all grouped categories for 'other'). */
  count: number;
}

export interface CategoricalColors {
  /** Colour of a node; nodes without a category are grey. */
  (node: string): string;
  ofCategory(category: string | number): string;
  /** Categories by size (largest first, ties by name), then 'other' if anything was grouped. */
  legend: CategoryColor[];
}

/** Ranks categories by size (ties by natural order of their names) and gives each a palette colour. */
export function makeCategoricalColors(
  values: NodeValues | Record<string, string>,
  options: CategoricalColorOptions = {},
): CategoricalColors {
  const palette = options.palette ?? CATEGORICAL_PALETTE;
  const overflow = options.overflow ?? 'other';
  const counts = new Map<string, number>();
  for (const value of Object.values(values)) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(
    ([a, ca], [b, cb]) => cb - ca || a.localeCompare(b, undefined, { numeric: true }),
  );
  const colors = new Map<string, string>();
  const legend: CategoryColor[] = [];
  let grouped = 0;
  ranked.forEach(([category, count], index) => {
    const color =
      index < palette.length || overflow === 'cycle'
        ? (palette[index % palette.length] ?? OTHER_CATEGORY_COLOR)
        : OTHER_CATEGORY_COLOR;
    colors.set(category, color);
    if (color === OTHER_CATEGORY_COLOR && index >= palette.length) grouped += count;
    else legend.push({ category, color, count });
  });
  if (grouped > 0) legend.push({ category: OTHER_CATEGORY, color: OTHER_CATEGORY_COLOR, count: grouped });
  const ofCategory = (category: string | number) => colors.get(String(category)) ?? OTHER_CATEGORY_COLOR;
  const scale = (node: string) => {
    const value = values[node];
    return value === undefined ? OTHER_CATEGORY_COLOR : ofCategory(value);
  };
  return Object.assign(scale, { ofCategory, legend });
}
