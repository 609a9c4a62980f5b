// GEXF edge directions: each edge's type (or the graph's defaultedgetype), and the graph type they add up to.
import type { GraphType } from 'graphology-types';
import type { ImportContext } from './importContext';
import { plural } from './importWarnings';
import type { RawEdge } from './importTypes';

/** An edge's direction as written: the graph's default, or explicitly directed / undirected. */
export const DEFAULT_TYPE = 0;
const DIRECTED = 1;
const UNDIRECTED = 2;

/** The direction of an edge's `type` ("mutual" is undirected; unknown types warn and use the default). */
export function edgeDirection(type: string | undefined, context: ImportContext): number {
  if (!type) return DEFAULT_TYPE;
  if (type === 'directed') return DIRECTED;
  if (type === 'undirected' || type === 'mutual') return UNDIRECTED;
  context.warnings.count(
    'gexf-edge-type',
    (count) =>
      `GEXF: ${plural(count, 'edge')} had an unknown type (e.g. "${type}") and use the graph's default type`,
  );
  return DEFAULT_TYPE;
}

/** Whether the graph's edges are undirected by default (unknown values warn and mean undirected). */
export function defaultsToUndirected(type: string | undefined, context: ImportContext): boolean {
  if (type === 'directed') return false;
  if (type && type !== 'undirected' && type !== 'mutual') {
    context.warnings.add(`GEXF: unknown defaultedgetype "${type}"; edges are read as undirected`);
  }
  return true;
}

/** Whether an edge of this direction is undirected, given the graph's default. */
export function undirectedBy(direction: number | undefined, defaultUndirected: boolean): boolean {
  return direction === DEFAULT_TYPE ? defaultUndirected : direction === UNDIRECTED;
}

/**
 * Sets each edge's `undirected` from its direction, and returns the graph type graphology-gexf would have built:
 * the common type of all edges, else mixed (also for a graph without edges).
 */
export function applyDirections(
  edges: RawEdge[],
  directions: number[],
  defaultUndirected: boolean,
): GraphType {
  edges.forEach((edge, index) => {
    edge.undirected = undirectedBy(directions[index], defaultUndirected);
  });
  const first = edges[0];
  if (!first || edges.some((edge) => edge.undirected !== first.undirected)) return 'mixed';
  return first.undirected ? 'undirected' : 'directed';
}
