// Unit tests of the size scale (square root, min..max) and the categorical colour scale (palette, other grey).
import { describe, expect, it } from 'vitest';
import { makeCategoricalColors } from '../../../src/style/categoricalColors';
import { CATEGORICAL_PALETTE, OTHER_CATEGORY_COLOR } from '../../../src/style/palette';
import { DEFAULT_SETTINGS } from '../../../src/style/settings';
import { makeSizeScale, sizeRangeFor } from '../../../src/style/sizeScale';

const DEFAULT_SIZE_RANGE = DEFAULT_SETTINGS.nodeSizeRange;
const { minSizeFactor: DEFAULT_MIN_SIZE_FACTOR, uncrowdedNodes: DEFAULT_UNCROWDED_NODES } = DEFAULT_SETTINGS;

describe('makeSizeScale', () => {
  it('maps 0 to min, the largest value to max, and follows a square root between', () => {
    const scale = makeSizeScale({ a: 0, b: 25, c: 100 });
    expect(scale('a')).toBe(4);
    expect(scale('c')).toBe(22);
    expect(scale('b')).toBeCloseTo(4 + 18 * 0.5);
    expect(scale.domain).toEqual([0, 100]);
  });

  it('honours a custom range and gives unknown nodes the minimum', () => {
    const scale = makeSizeScale({ a: 1, b: 4 }, { min: 2, max: 10 });
    expect(scale('b')).toBe(10);
    expect(scale('a')).toBeCloseTo(6);
    expect(scale('missing')).toBe(2);
  });

  it('gives every node the mid size when the values are all equal, zero or empty', () => {
    expect(makeSizeScale({ a: 0.2, b: 0.2 })('a')).toBe(13);
    expect(makeSizeScale({ a: 0, b: 0 })('b')).toBe(13);
    expect(makeSizeScale({})('x')).toBe(4);
  });

  it('clamps negative and non-finite values', () => {
    const scale = makeSizeScale({ a: -3, b: 9, c: Number.NaN });
    expect(scale('a')).toBe(4);
    expect(scale('c')).toBe(4);
    expect(scale('b')).toBe(22);
  });
});

describe('makeCategoricalColors', () => {
  it('colours the largest category first and lists a legend', () => {
    const colors = makeCategoricalColors({ a: 1, b: 1, c: 0 });
    expect(colors('a')).toBe(CATEGORICAL_PALETTE[0]);
    expect(colors('c')).toBe(CATEGORICAL_PALETTE[1]);
    expect(colors.legend).toEqual([
      { category: '1', color: CATEGORICAL_PALETTE[0], count: 2 },
      { category: '0', color: CATEGORICAL_PALETTE[1], count: 1 },
    ]);
  });

  it('accepts string categories and greys nodes without one', () => {
    const colors = makeCategoricalColors({ a: 'theme', b: 'program' });
    expect(colors('b')).not.toBe(colors('a'));
    expect(colors('nobody')).toBe(OTHER_CATEGORY_COLOR);
    expect(colors.ofCategory('unknown')).toBe(OTHER_CATEGORY_COLOR);
  });

  it('groups categories beyond the palette as grey "other", or cycles on demand', () => {
    const values = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`n${i}`, i]));
    const grouped = makeCategoricalColors(values);
    expect(grouped('n8')).toBe(CATEGORICAL_PALETTE[8]);
    expect(grouped('n9')).toBe(OTHER_CATEGORY_COLOR);
    expect(grouped.legend.at(-1)).toEqual({ category: 'other', color: OTHER_CATEGORY_COLOR, count: 3 });
    expect(grouped.legend).toHaveLength(CATEGORICAL_PALETTE.length + 1);
    const cycled = makeCategoricalColors(values, { overflow: 'cycle' });
    expect(cycled('n9')).toBe(CATEGORICAL_PALETTE[0]);
    expect(cycled.legend).toHaveLength(12);
  });

  it('uses only distinct palette colours', () => {
    expect(new Set(CATEGORICAL_PALETTE).size).toBe(CATEGORICAL_PALETTE.length);
    expect(CATEGORICAL_PALETTE).not.toContain(OTHER_CATEGORY_COLOR);
  });
});

describe('sizeRangeFor', () => {
  it('keeps the full range for uncrowded graphs and shrinks it for crowded ones, down to a floor', () => {
    expect(sizeRangeFor(141)).toEqual(DEFAULT_SIZE_RANGE);
    expect(sizeRangeFor(DEFAULT_UNCROWDED_NODES)).toEqual(DEFAULT_SIZE_RANGE);
    const tenK = sizeRangeFor(10_000);
    expect(tenK.min).toBeCloseTo(DEFAULT_SIZE_RANGE.min * Math.sqrt(0.2));
    expect(tenK.max).toBeCloseTo(DEFAULT_SIZE_RANGE.max * Math.sqrt(0.2));
    expect(sizeRangeFor(1_000_000)).toEqual({
      min: DEFAULT_SIZE_RANGE.min * DEFAULT_MIN_SIZE_FACTOR,
      max: DEFAULT_SIZE_RANGE.max * DEFAULT_MIN_SIZE_FACTOR,
    });
    expect(sizeRangeFor(0)).toEqual(DEFAULT_SIZE_RANGE);
  });
});
