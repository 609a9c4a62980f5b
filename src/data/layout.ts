// Deterministic graph layout: kind-clustered seeding (measures beside their section), weighted ForceAtlas2, overlap removal.
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
  /** ForceAtlas2 weight of an edge from a section (a work area) to one of its measures or from its meeting; others weigh 1. */
  sectionEdgeWeight: number;
  /** Radius around its section at which a measure is seeded. */
  measureSpread: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  iterations: 500,
  seedRadius: 100,
  seedSpread: 45,
  minDistanceRatio: 0.025,
  overlapPasses: 60,
  forceAtlas2: { barnesHutOptimize: false, outboundAttractionDistribution: true },
  sectionEdgeWeight: 3,
  measureSpread: 20,
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

/** Whether the edge ties a section to its meeting or to one of its measures (weighted up so they stay together). */
function isSectionEdge(graph: AbstractGraph, edge: string): boolean {
  return [graph.source(edge), graph.target(edge)].some(
    (end) => graph.getNodeAttribute(end, 'kind') === 'section',
  );
}

/**
 * Seeds every node on its kind's cluster, then moves each measure of a section (the target of a section's
 * `resolved_to_promote`) beside its first section, so ForceAtlas2 starts from work areas already grouped.
 */
function seedPositions(graph: AbstractGraph, options: LayoutOptions): void {
  graph.forEachNode((key, attributes: Attributes) => {
    graph.mergeNodeAttributes(key, makeSeedPosition(key, String(attributes.kind), options));
  });
  const seeded = new Set<string>();
  graph.forEachEdge((edge, attributes: Attributes, source, target) => {
    if (attributes.relation !== 'resolved_to_promote' || seeded.has(target) || !isSectionEdge(graph, edge))
      return;
    if (graph.getNodeAttribute(source, 'kind') !== 'section') return;
    seeded.add(target);
    const angle = 2 * Math.PI * hashToUnit(`${target}#measure`);
    graph.mergeNodeAttributes(target, {
      x: Number(graph.getNodeAttribute(source, 'x')) + options.measureSpread * Math.cos(angle),
      y: Number(graph.getNodeAttribute(source, 'y')) + options.measureSpread * Math.sin(angle),
    });
  });
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
 * insertion order) always gets the same positions. Nodes need a `kind` attribute for seeding; a section's
 * measures start beside it and its edges pull harder, so each work area reads as a group.
 */
export function applyDeterministicLayout(
  graph: AbstractGraph,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): void {
  seedPositions(graph, options);
  if (graph.order > 1 && graph.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(graph), ...options.forceAtlas2 };
    const getEdgeWeight = (edge: string) => (isSectionEdge(graph, edge) ? options.sectionEdgeWeight : 1);
    forceAtlas2.assign(graph, { iterations: options.iterations, settings, getEdgeWeight });
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
