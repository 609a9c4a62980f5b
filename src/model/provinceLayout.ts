// A layout by province: the provinces at the corners, what only one is tied to beside it, what several share between
// them, and what all or none share (the meeting's sections, national items) in the centre.
import type Graph from 'graphology';
import type { Positions } from './groupByKindLayout';
import { NODE_KINDS } from './ontology';
import { provinceScope } from './provinceScope';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbours in a group, in `spacing` units, for nodes of degree 0. */
const SPIRAL = 1.8;

/** Corners by province key suffix, roughly as on a map (y grows upwards): Jiangsu north-west, Shanghai north-east. */
const CORNERS: Record<string, readonly [number, number]> = {
  jiangsu: [-1, 1],
  shanghai: [1, 1],
  anhui: [-1, -1],
  zhejiang: [1, -1],
};
const FREE_CORNERS: readonly (readonly [number, number])[] = [
  [-1, 1],
  [1, 1],
  [-1, -1],
  [1, -1],
];

/** Kinds drawn at the very centre of the shared group, first. */
const CENTRE_FIRST: ReadonlySet<string> = new Set(['section', 'event']);

function kindRank(kind: unknown): number {
  if (typeof kind === 'string' && CENTRE_FIRST.has(kind)) return -1;
  const index = (NODE_KINDS as readonly string[]).indexOf(String(kind));
  return index === -1 ? NODE_KINDS.length : index;
}

/** The provinces of a graph (nodes of kind "province") with their corner, at most four. */
function provinceCorners(graph: Graph): Map<string, readonly [number, number]> {
  const provinces = graph
    .filterNodes((_node, attributes) => attributes.kind === 'province')
    .sort()
    .slice(0, 4);
  const corners = new Map<string, readonly [number, number]>();
  const free = FREE_CORNERS.filter(
    (corner) =>
      !provinces.some((province) => {
        const known = CORNERS[province.split('/').pop()!];
        return known && known[0] === corner[0] && known[1] === corner[1];
      }),
  );
  for (const province of provinces)
    corners.set(province, CORNERS[province.split('/').pop()!] ?? free.shift()!);
  return corners;
}

/** Whether the graph has provinces to lay out by (at least two). */
export function canLayoutByProvince(graph: Graph): boolean {
  return provinceCorners(graph).size >= 2;
}

/**
 * Positions by province (deterministic). Each node is tied to the provinces whose scope (provinceScope) holds it; a
 * group of nodes tied to the same provinces sits at the mean of their corners, pulled apart where that mean is the
 * centre (two opposite corners); nodes tied to all provinces or to none share the centre, sections and events first.
 * Within a group nodes spiral out from its anchor, by kind then degree. `spacing` is the distance between neighbours.
 */
export function provinceLayout(graph: Graph, spacing = 1): Positions {
  const corners = provinceCorners(graph);
  const provinces = [...corners.keys()];
  const tiedTo = new Map<string, string[]>();
  for (const province of provinces) {
    for (const node of provinceScope(graph, province)) {
      if (!tiedTo.has(node)) tiedTo.set(node, []);
      tiedTo.get(node)!.push(province);
    }
  }
  const groups = new Map<string, string[]>();
  // A province's group holds the province (first, at the corner) and what only it is tied to.
  graph.forEachNode((node) => {
    const ties = corners.has(node) ? [node] : (tiedTo.get(node) ?? []);
    const key = ties.length === provinces.length && !corners.has(node) ? '' : ties.join('+');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(node);
  });
  // Each node takes room by its degree (well-linked nodes are drawn larger); a group is a sunflower of that area.
  const room = (node: string) => (1 + Math.log2(1 + graph.degree(node)) / 2) ** 2;
  const radiusOf = (nodes: readonly string[]) =>
    SPIRAL * spacing * Math.sqrt(nodes.reduce((sum, node) => sum + room(node), 0));
  const centreRadius = radiusOf(groups.get('') ?? []);
  const largest = Math.max(
    0,
    ...[...groups.entries()].filter(([key]) => key).map(([, nodes]) => radiusOf(nodes)),
  );
  const reach = (centreRadius + largest + 2 * SPIRAL * spacing) / Math.SQRT1_2;
  const positions: Positions = {};
  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const ties = key ? key.split('+') : [];
    let ax = 0;
    let ay = 0;
    for (const province of ties) {
      const [cx, cy] = corners.get(province)!;
      ax += cx / ties.length;
      ay += cy / ties.length;
    }
    if (ties.length > 1 && Math.hypot(ax, ay) < 0.2) {
      // Two opposite corners: beside the centre, on the side of the first one's row.
      const [, cy] = corners.get(ties[0]!)!;
      ay = cy * 0.6;
    } else if (ties.length === 3) {
      ax *= 2;
      ay *= 2;
    }
    ax *= Math.SQRT1_2;
    ay *= Math.SQRT1_2;
    const nodes = [...groups.get(key)!].sort(
      (a, b) =>
        Number(corners.has(b)) - Number(corners.has(a)) ||
        kindRank(graph.getNodeAttribute(a, 'kind')) - kindRank(graph.getNodeAttribute(b, 'kind')) ||
        graph.degree(b) - graph.degree(a) ||
        (a < b ? -1 : 1),
    );
    let area = 0;
    nodes.forEach((node, i) => {
      const own = room(node);
      const r = i === 0 ? 0 : SPIRAL * spacing * Math.sqrt(area + own / 2);
      area += own;
      positions[node] = {
        x: ax * reach + r * Math.cos(i * GOLDEN_ANGLE),
        y: ay * reach + r * Math.sin(i * GOLDEN_ANGLE),
      };
    });
  }
  return positions;
}
