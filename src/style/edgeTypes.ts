// Which sigma edge program draws each edge, and which programs a graph needs (sigma compiles only those).
import type Graph from 'graphology';
import { PARALLEL_INDEX_ATTRIBUTE, PARALLEL_MAX_INDEX_ATTRIBUTE } from '../model/parallelEdges';

/**
 * The edge programs the app registers: 'line' is one pixel wide, 'rectangle' shows a weight's thickness. sigma draws
 * all of a program's edges before the next program's, in the order of its settings' `edgeProgramClasses`, and it
 * always puts its own default programs ('arrow', then 'line') first, whatever order it is given: so in a graph with
 * plain lines (the faded edges of a large graph) no edge may be an 'arrow', which would lie under them; its
 * highlighted straight arrows are drawn by the curve program, all but straight (highlightedEdgeTypeOf).
 */
export const EDGE_TYPES = ['line', 'arrow', 'curved', 'rectangle'] as const;
/** The programs sigma registers whether it is given them or not, in the order it draws them. */
export const SIGMA_DEFAULT_EDGE_TYPES = ['arrow', 'line'] as const satisfies readonly EdgeType[];
export type EdgeType = (typeof EDGE_TYPES)[number];

/** A parallel edge (one of several between two nodes) is curved, by how far it sits from the middle. */
export function parallelIndexOf(attributes: Record<string, unknown>): number | null {
  const index = attributes[PARALLEL_INDEX_ATTRIBUTE];
  return typeof index === 'number' && (attributes[PARALLEL_MAX_INDEX_ATTRIBUTE] as number) > 0 ? index : null;
}

/** The program of an edge drawn in full (not as a plain line): curved, thick, 1-pixel undirected, or an arrow. */
export function edgeTypeOf(
  graph: Graph,
  edge: string,
  attributes: Record<string, unknown>,
  thick: boolean,
): EdgeType {
  if (parallelIndexOf(attributes) !== null) return 'curved';
  const undirected = graph.type === 'undirected' || (graph.type === 'mixed' && graph.isUndirected(edge));
  return undirected ? (thick ? 'rectangle' : 'line') : 'arrow';
}

/**
 * The curvature of a straight arrow drawn by the curve program: @sigma/edge-curve draws nothing at exactly 0 (the
 * bend's normal is undefined), and this is too small to see.
 */
export const STRAIGHT_CURVATURE = 0.001;

/**
 * The program of an edge highlighted in a graph whose other edges are plain lines: as edgeTypeOf for a thick edge,
 * but a straight arrow is drawn by the curve program (with STRAIGHT_CURVATURE), which sigma draws after the plain lines.
 */
export function highlightedEdgeTypeOf(
  graph: Graph,
  edge: string,
  attributes: Record<string, unknown>,
): EdgeType {
  const type = edgeTypeOf(graph, edge, attributes, true);
  return type === 'arrow' ? 'curved' : type;
}

/**
 * The programs a graph's edges can ever use, whatever the view: compiling a WebGL program costs tens of ms on a
 * software rasteriser, so sigma is given only these. Above `lineEdgesAbove` edges, edges out of focus are lines and
 * highlighted ones are never arrows (highlightedEdgeTypeOf).
 */
export function edgeTypesOf(graph: Graph, settings: { lineEdgesAbove: number }): EdgeType[] {
  const types = new Set<EdgeType>();
  const plain = graph.size > settings.lineEdgesAbove;
  if (plain) types.add('line');
  // The types this graph's edges can have ('line' comes with 'rectangle'): once all are found, the other edges need
  // not be looked at (a quarter of a million edges cost ~30 ms).
  const reachable: EdgeType[] =
    graph.type === 'directed'
      ? ['arrow', 'curved']
      : graph.type === 'undirected'
        ? ['rectangle', 'curved']
        : ['arrow', 'rectangle', 'curved'];
  graph.someEdge((edge, attributes) => {
    const type = edgeTypeOf(graph, edge, attributes, false);
    types.add(type);
    // Weights may be shown as thickness on undirected edges at any time.
    if (type === 'line') types.add('rectangle');
    if (plain && type === 'arrow') types.add('curved');
    return reachable.every((reached) => types.has(reached));
  });
  if (plain) types.delete('arrow');
  // A graph without edges still needs one program (sigma draws nothing with it).
  if (types.size === 0) types.add('arrow');
  return EDGE_TYPES.filter((type) => types.has(type));
}
