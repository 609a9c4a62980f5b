// A layout that groups nodes by kind: one sunflower cluster per kind, the clusters on a circle.
import type Graph from 'graphology';
import { NODE_KINDS } from './ontology';

export type Positions = Record<string, { x: number; y: number }>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function groupByKindLayout(graph: Graph, spacing = 1): Positions {
  const groups = new Map<string, string[]>();
  graph.forEachNode((node, attributes) => {
    const kind = String(attributes.kind ?? 'other');
    if (!groups.has(kind)) groups.set(kind, []);
    groups.get(kind)!.push(node);
  });
  const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const largest = Math.max(1, ...[...groups.values()].map((nodes) => nodes.length));
  const ring = order.length > 1 ? (Math.sqrt(largest) * spacing * 2.2) / Math.sin(Math.PI / order.length) : 0;
  const positions: Positions = {};
  order.forEach((kind, index) => {
    const angle = (2 * Math.PI * index) / order.length - Math.PI / 2;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    const nodes = [...groups.get(kind)!].sort(
      (a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b),
    );
    nodes.forEach((node, i) => {
      const r = spacing * Math.sqrt(i + 0.5);
      positions[node] = { x: cx + r * Math.cos(i * GOLDEN_ANGLE), y: cy + r * Math.sin(i * GOLDEN_ANGLE) };
    });
  });
  return positions;
}

function rank(kind: string): number {
  const index = (NODE_KINDS as readonly string[]).indexOf(kind);
  return index === -1 ? NODE_KINDS.length : index;
}
