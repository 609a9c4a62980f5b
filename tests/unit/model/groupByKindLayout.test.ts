// Unit tests of the grouped-by-kind layout.
import { describe, expect, it } from 'vitest';
import { groupByKindLayout } from '../../../src/model/groupByKindLayout';
import { makeTinyGraph } from '../helpers/tinyGraph';

describe('groupByKindLayout', () => {
  it('places every node, nodes of one kind closer to each other than to other kinds', () => {
    const graph = makeTinyGraph();
    const positions = groupByKindLayout(graph, 1);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes().sort());
    const distance = (a: string, b: string) =>
      Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    expect(distance('theme/innovation', 'theme/common-prosperity')).toBeLessThan(
      distance('theme/innovation', 'province/anhui'),
    );
    expect(Object.values(positions).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });
});
