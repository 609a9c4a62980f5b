// Deterministic graph layout: kind-clustered seeding, ForceAtlas2 with fixed iterations, overlap removal, rounding.
import type { AbstractGraph, Attributes } from 'graphology-types';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { NODE_KINDS, isNodeKind } from '../model/ontology';
import { hashToUnit } from './stableHash';

export interface LayoutOptions {
  /** ForceAtlas2 iterations. */
  iterations: number;
  /** Radius of the circle on which each kind's seed cluster is centred. */
  seedRadius: number;
  /** Radius of each kind's seed cluster. */
  seedSpread: number;
  /** Minimum distance between node centres after overlap removal, as a fraction of the layout's extent. */
  minDistanceRatio: number;
  /** Passes of the overlap-removal step. */
  overlapPasses: number;
  /** Overrides applied on top of ForceAtlas2's inferred settings. */
  forceAtlas2: ForceAtlas2Settings;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  iterations: 500,
  seedRadius: 100,
  seedSpread: 45,
  minDistanceRatio: 0.025,
  overlapPasses: 60,
  forceAtlas2: { barnesHutOptimize: false, outboundAttractionDistribution: true },
};

type Point = { x: number; y: number };

/** Initial position of a node: on its kind's cluster around a circle, jittered by a stable hash of its key. */
export function makeSeedPosition(
  key: string,
  kind: string,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): Point {
  const kindIndex = isNodeKind(kind) ? NODE_KINDS.indexOf(kind) : NODE_KINDS.length;
  const kindAngle = (2 * Math.PI * kindIndex) / (NODE_KINDS.length + 1);
  const angle = 2 * Math.PI * hashToUnit(`${key}#angle`);
  const radius = options.seedSpread * Math.sqrt(hashToUnit(`${key}#radius`));
  return {
    x: options.seedRadius * Math.cos(kindAngle) + radius * Math.cos(angle),
    y: options.seedRadius * Math.sin(kindAngle) + radius * Math.sin(angle),
  };
}

/** Pushes apart nodes closer than the minimum distance, in a fixed order (deterministic). */
function removeOverlaps(points: Point[], options: LayoutOptions): void {
  if (points.length < 2) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  const minDistance = extent * options.minDistanceRatio;
  for (let pass = 0; pass < options.overlapPasses; pass += 1) {
    let moved = false;
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const a = points[i];
        const b = points[j];
        if (a === undefined || b === undefined) continue;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.sqrt(dx * dx + dy * dy);
        if (distance >= minDistance) continue;
        if (distance < 1e-9) {
          // Coincident nodes: separate along a fixed, index-derived direction.
          const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        const push = (minDistance - Math.min(distance, minDistance)) / 2 / distance;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
}

function roundTo2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Assigns x, y to every node of the graph, deterministically: the same graph (same node and edge
 * insertion order) always gets the same positions. Nodes need a `kind` attribute for seeding.
 */
export function applyDeterministicLayout(
  graph: AbstractGraph,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): void {
  graph.forEachNode((key, attributes: Attributes) => {
    const seed = makeSeedPosition(key, String(attributes.kind), options);
    graph.mergeNodeAttributes(key, seed);
  });
  if (graph.order > 1 && graph.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(graph), ...options.forceAtlas2 };
    forceAtlas2.assign(graph, { iterations: options.iterations, settings, getEdgeWeight: null });
  }
  const keys = graph.nodes();
  const points = keys.map((key) => ({
    x: Number(graph.getNodeAttribute(key, 'x')),
    y: Number(graph.getNodeAttribute(key, 'y')),
  }));
  removeOverlaps(points, options);
  keys.forEach((key, index) => {
    const point = points[index];
    if (point === undefined) return;
    graph.mergeNodeAttributes(key, { x: roundTo2(point.x), y: roundTo2(point.y) });
  });
}
