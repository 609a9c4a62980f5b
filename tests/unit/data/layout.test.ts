// Unit tests for the deterministic layout: repeatable, finite, rounded, and free of overlapping nodes.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import { NODE_KINDS } from '../../../src/model/ontology';
import { applyDeterministicLayout, DEFAULT_LAYOUT_OPTIONS, makeSeedPosition } from '../../../src/data/layout';

function makeGraph(): MultiGraph {
  const graph = new MultiGraph({ type: 'directed', allowSelfLoops: false });
  for (let i = 0; i < 60; i += 1) graph.addNode(`n${i}`, { kind: NODE_KINDS[i % NODE_KINDS.length] });
  for (let i = 1; i < 60; i += 1) {
    graph.addEdge('n0', `n${i}`);
    const target = ((i * 7) % 59) + 1;
    if (target !== i) graph.addEdge(`n${i}`, `n${target}`);
  }
  // A second component, kept near the first by gravity.
  graph.addNode('a', { kind: 'event' });
  graph.addNode('b', { kind: 'event' });
  graph.addEdge('a', 'b');
  return graph;
}

function positions(graph: MultiGraph): Array<[string, number, number]> {
  return graph.mapNodes((key, attributes) => [key, attributes.x as number, attributes.y as number]);
}

describe('applyDeterministicLayout', () => {
  it('gives identical positions on identical graphs', () => {
    const first = makeGraph();
    const second = makeGraph();
    applyDeterministicLayout(first);
    applyDeterministicLayout(second);
    expect(positions(second)).toEqual(positions(first));
  });

  it('produces finite positions rounded to 2 decimals, with no two nodes overlapping', () => {
    const graph = makeGraph();
    applyDeterministicLayout(graph);
    const points = positions(graph);
    for (const [, x, y] of points) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
    }
    const xs = points.map(([, x]) => x);
    const ys = points.map(([, , y]) => y);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const tolerance = extent * DEFAULT_LAYOUT_OPTIONS.minDistanceRatio * 0.5;
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const [, ax, ay] = points[i]!;
        const [, bx, by] = points[j]!;
        expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThan(tolerance);
      }
    }
  });

  it('seeds positions from the key and kind only', () => {
    expect(makeSeedPosition('leader/x', 'leader')).toEqual(makeSeedPosition('leader/x', 'leader'));
    expect(makeSeedPosition('leader/x', 'leader')).not.toEqual(makeSeedPosition('leader/y', 'leader'));
  });

  it('places the measures of a work area nearer their own section than any other', () => {
    const graph = new MultiGraph({ type: 'directed', allowSelfLoops: false });
    graph.addNode('event/meeting', { kind: 'event' });
    for (const province of ['province/a', 'province/b']) graph.addNode(province, { kind: 'province' });
    const sections = ['section/p04', 'section/p05', 'section/p06'];
    sections.forEach((section, s) => {
      graph.addNode(section, { kind: 'section' });
      graph.addEdge('event/meeting', section, { relation: 'has_section' });
      for (let m = 0; m < 6; m += 1) {
        const measure = `theme/${s}-${m}`;
        graph.addNode(measure, { kind: 'theme' });
        graph.addEdge(section, measure, { relation: 'resolved_to_promote' });
        // Pledges pull every measure towards the provinces, across work areas.
        graph.addEdge(m % 2 === 0 ? 'province/a' : 'province/b', measure, { relation: 'pledged' });
      }
    });
    applyDeterministicLayout(graph);
    const distance = (a: string, b: string) =>
      Math.hypot(
        graph.getNodeAttribute(a, 'x') - graph.getNodeAttribute(b, 'x'),
        graph.getNodeAttribute(a, 'y') - graph.getNodeAttribute(b, 'y'),
      );
    sections.forEach((section, s) => {
      for (let m = 0; m < 6; m += 1) {
        const measure = `theme/${s}-${m}`;
        const nearest = [...sections].sort((x, y) => distance(x, measure) - distance(y, measure))[0];
        expect(nearest, measure).toBe(section);
      }
    });
  });
});
