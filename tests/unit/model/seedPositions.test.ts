// seedMissingPositions: all nodes get circle positions when any lacks one; complete layouts are kept.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_RADIUS, seedMissingPositions } from '../../../src/model/seedPositions';

describe('seedMissingPositions', () => {
  it('keeps a complete layout and says so', () => {
    const nodes = [
      { key: 'a', attributes: { x: 1, y: 2 } },
      { key: 'b', attributes: { x: -1, y: 0 } },
    ];
    expect(seedMissingPositions({ nodes })).toBe(false);
    expect(nodes[0]!.attributes).toEqual({ x: 1, y: 2 });
  });

  it('places every node on a noisy circle, deterministically, when one position is missing', () => {
    const make = () => [
      { key: 'a', attributes: { x: 5, y: 5, label: 'A' } },
      { key: 'b', attributes: { y: 1 } },
      { key: 'c' },
    ];
    const nodes = make();
    expect(seedMissingPositions({ nodes })).toBe(true);
    const again = make();
    seedMissingPositions({ nodes: again });
    expect(again).toEqual(nodes);
    expect(nodes[0]!.attributes?.label).toBe('A');
    for (const node of nodes) {
      const { x, y } = node.attributes as { x: number; y: number };
      expect(Math.hypot(x, y)).toBeGreaterThan(DEFAULT_SEED_RADIUS * 0.94);
      expect(Math.hypot(x, y)).toBeLessThan(DEFAULT_SEED_RADIUS * 1.06);
    }
    expect(new Set(nodes.map((n) => `${n.attributes!.x},${n.attributes!.y}`)).size).toBe(3);
  });

  it('treats NaN and strings as missing', () => {
    expect(seedMissingPositions({ nodes: [{ key: 'a', attributes: { x: Number.NaN, y: 0 } }] })).toBe(true);
    expect(seedMissingPositions({ nodes: [{ key: 'a', attributes: { x: '1', y: 0 } }] })).toBe(true);
    expect(seedMissingPositions({ nodes: [] })).toBe(false);
  });
});
