// Unit tests of the label layout: priority order, no overlapping boxes, labels kept inside the viewport.
import { describe, expect, it } from 'vitest';
import { labelsOverlap, layoutLabels, type LabelCandidate } from '../../../src/style/labelLayout';

const viewport = { width: 400, height: 300 };

function candidate(key: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate {
  return { key, x, y, size: 5, width: 80, height: 14, priority: 0, ...extra };
}

function noOverlaps(placed: ReturnType<typeof layoutLabels>): boolean {
  return placed.every((a, i) => placed.every((b, j) => i === j || !labelsOverlap(a, b)));
}

describe('layoutLabels', () => {
  it('puts a label right of its node when there is room', () => {
    const [label] = layoutLabels([candidate('a', 100, 100)], viewport);
    expect(label).toMatchObject({ key: 'a', side: 'right', left: 108 });
  });

  it('flips a label to the left of a node near the right edge, and keeps it inside', () => {
    const [label] = layoutLabels([candidate('edge', 380, 100)], viewport);
    expect(label!.side).toBe('left');
    expect(label!.left + label!.width).toBeLessThanOrEqual(viewport.width);
    expect(label!.left).toBeGreaterThanOrEqual(0);
  });

  it('places a neighbour on another side rather than on top of the first label', () => {
    const placed = layoutLabels([candidate('a', 100, 100), candidate('b', 110, 102)], viewport);
    expect(placed.map((label) => label.key).sort()).toEqual(['a', 'b']);
    expect(noOverlaps(placed)).toBe(true);
  });

  it('draws required labels first and drops the least important when space runs out', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => candidate(`n${i}`, 200 + (i % 3), 150 + (i % 2)));
    const required = candidate('leader', 201, 151, { required: true });
    const placed = layoutLabels([...crowd, required], viewport);
    expect(placed[0]!.key).toBe('leader');
    expect(placed.length).toBeLessThan(31);
    expect(noOverlaps(placed)).toBe(true);
  });

  it('orders by priority, then size, and is deterministic', () => {
    const input = [
      candidate('small', 50, 50, { size: 2 }),
      candidate('big', 60, 200, { size: 9 }),
      candidate('important', 300, 50, { priority: 3 }),
    ];
    const first = layoutLabels(input, viewport);
    expect(first.map((label) => label.key)).toEqual(['important', 'big', 'small']);
    expect(layoutLabels([...input].reverse(), viewport)).toEqual(first);
  });

  it('leaves out a label too wide for the viewport and skips empty ones', () => {
    const placed = layoutLabels(
      [candidate('wide', 100, 100, { width: 500 }), candidate('empty', 100, 200, { width: 0 })],
      viewport,
    );
    expect(placed).toEqual([]);
  });

  it('keeps labels off the controls drawn over the canvas', () => {
    const obstacles = [{ left: 100, top: 90, width: 120, height: 30 }];
    const [label] = layoutLabels([candidate('a', 100, 100)], { ...viewport, obstacles });
    expect(label!.side).toBe('left');
  });
});
