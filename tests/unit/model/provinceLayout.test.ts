// Unit tests of the province layout: provinces at corners, what one province is tied to beside it, shared in between.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { groupByKindLayout } from '../../../src/model/groupByKindLayout';
import { canLayoutByProvince, provinceLayout } from '../../../src/model/provinceLayout';
import { makeTinyGraph } from '../helpers/tinyGraph';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('provinceLayout', () => {
  const graph = makeTinyGraph();
  const positions = provinceLayout(graph);

  it('puts each province at its corner: Zhejiang south-east, Anhui south-west', () => {
    const zhejiang = positions['province/zhejiang']!;
    const anhui = positions['province/anhui']!;
    expect(zhejiang.x).toBeGreaterThan(0);
    expect(zhejiang.y).toBeLessThan(0);
    expect(anhui.x).toBeLessThan(0);
    expect(anhui.y).toBeLessThan(0);
  });

  it('keeps what only one province is tied to nearer that province than the other', () => {
    const liuJie = positions['leader/liu-jie']!;
    expect(distance(liuJie, positions['province/zhejiang']!)).toBeLessThan(
      distance(liuJie, positions['province/anhui']!),
    );
  });

  it('places what both provinces share between them, and positions every node, the same way each time', () => {
    const shared = positions['region/yrd']!;
    const zhejiang = positions['province/zhejiang']!;
    const anhui = positions['province/anhui']!;
    expect(shared.x).toBeGreaterThan(anhui.x);
    expect(shared.x).toBeLessThan(zhejiang.x);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes().sort());
    expect(provinceLayout(makeTinyGraph())).toEqual(positions);
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('is offered only for graphs with at least two provinces', () => {
    expect(canLayoutByProvince(graph)).toBe(true);
    const plain = new Graph();
    plain.addNode('a', { kind: 'theme' });
    expect(canLayoutByProvince(plain)).toBe(false);
    expect(Object.keys(groupByKindLayout(plain))).toEqual(['a']);
  });
});
