// Which sigma edge program draws each edge, and which programs a graph needs (sigma compiles only those).
import type Graph from 'graphology';
import { PARALLEL_INDEX_ATTRIBUTE, PARALLEL_MAX_INDEX_ATTRIBUTE } from '../model/parallelEdges';

/**
 * The edge programs the app registers: 'line' is one pixel wide, 'rectangle' shows a weight's thickness. In drawing
 * order: sigma draws all of a program's edges before the next program's, so plain lines (the faded edges of a large
 * graph) lie under everything else.
 */
export const EDGE_TYPES = ['line', 'arrow', 'curved', 'rectangle'] as const;
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
 * The programs a graph's edges can ever use, whatever the view: compiling a WebGL program costs tens of ms on a
 * software rasteriser, so sigma is given only these. Above `lineEdgesAbove` edges, edges out of focus are lines.
 */
export function edgeTypesOf(graph: Graph, settings: { lineEdgesAbove: number }): EdgeType[] {
  const types = new Set<EdgeType>();
  if (graph.size > settings.lineEdgesAbove) types.add('line');
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
    return reachable.every((reached) => types.has(reached));
  });
  // A graph without edges still needs one program (sigma draws nothing with it).
  if (types.size === 0) types.add('arrow');
  return EDGE_TYPES.filter((type) => types.has(type));
}
