// Makes a RawGraph safe for sigma and the app: unique keys, known edge ends, normalised attributes, graph type, stats.
import type { GraphType, SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import { DEFAULT_PART_SIZE } from '../graphParts';
import { makeFormatError, type ImportContext } from './importContext';
import { checkCounts } from './importLimits';
import type { ImportStats, NormalisedSink, RawGraph } from './importTypes';
import { plural } from './importWarnings';
import { copyAttributes, fixColor, fixLabel, fixNumber } from './normaliseAttributes';

export interface NormalisedGraph {
  serialized: SerializedGraph;
  hasPositions: boolean;
  stats: ImportStats;
}

function graphTypeOf(raw: RawGraph): GraphType {
  if (raw.type === 'directed' && raw.edges.some((edge) => edge.undirected)) return 'mixed';
  return raw.type;
}

function checkEdge(
  key: string,
  source: string,
  target: string,
  edgeKeys: Set<string>,
  nodeKeys: Set<string>,
  context: ImportContext,
) {
  if (edgeKeys.has(key))
    throw makeFormatError(context, `duplicate edge "${key}"`, { element: 'edge', id: key });
  edgeKeys.add(key);
  const unknown = !nodeKeys.has(source) ? source : !nodeKeys.has(target) ? target : undefined;
  if (unknown !== undefined) {
    throw makeFormatError(context, `edge "${key}" refers to unknown node "${unknown}"`, {
      element: 'edge',
      id: key,
    });
  }
}

function normaliseNodes(raw: RawGraph, context: ImportContext, nodeKeys: Set<string>) {
  let positioned = 0;
  const nodes: SerializedNode[] = raw.nodes.map(({ key, attributes }) => {
    if (!raw.checked) {
      if (nodeKeys.has(key))
        throw makeFormatError(context, `duplicate node "${key}"`, { element: 'node', id: key });
      nodeKeys.add(key);
    }
    const bag = copyAttributes(attributes, 'node', context);
    fixLabel(bag, key);
    fixNumber(bag, 'x', 'node', context);
    fixNumber(bag, 'y', 'node', context);
    fixNumber(bag, 'size', 'node', context, 0);
    fixColor(bag, 'node', context);
    if (typeof bag.x === 'number' && typeof bag.y === 'number') positioned++;
    return { key, attributes: bag };
  });
  if (positioned > 0 && positioned < nodes.length) {
    context.warnings.add(
      `Only ${positioned} of ${plural(nodes.length, 'node')} have a position (x and y); the graph needs a layout`,
    );
  }
  return { nodes, hasPositions: nodes.length > 0 && positioned === nodes.length };
}

/** Whether `attributes` has an own key (most edges of large files have none, and need no copy or fixes). */
function hasOwnKey(attributes: Record<string, unknown>): boolean {
  for (const key in attributes) if (Object.hasOwn(attributes, key)) return true;
  return false;
}

/** Normalises edges `start … end - 1` of `raw`. */
function normaliseEdges(
  raw: RawGraph,
  type: GraphType,
  range: { start: number; end: number },
  keys: { edges: Set<string>; nodes: Set<string> },
  context: ImportContext,
): SerializedEdge[] {
  const end = Math.min(range.end, raw.edges.length);
  const edges: SerializedEdge[] = [];
  for (let i = range.start; i < end; i++) {
    const { key, source, target, undirected, attributes } = raw.edges[i]!;
    if (!raw.checked) checkEdge(key, source, target, keys.edges, keys.nodes, context);
    let bag: Record<string, unknown> = {};
    if (hasOwnKey(attributes)) {
      bag = copyAttributes(attributes, 'edge', context);
      fixLabel(bag, undefined);
      fixNumber(bag, 'size', 'edge', context, 0);
      fixColor(bag, 'edge', context);
    }
    const edge: SerializedEdge = { key, source, target, attributes: bag };
    if (type === 'undirected' || (type === 'mixed' && undirected)) edge.undirected = true;
    edges.push(edge);
  }
  return edges;
}

/**
 * Normalises `raw`; with a sink, hands it the nodes first and then the edges part by part as they are normalised
 * (an import worker posts each part at once), and returns a graph without nodes or edges.
 */
export function normaliseGraph(
  raw: RawGraph,
  context: ImportContext,
  sink?: NormalisedSink,
  partSize = DEFAULT_PART_SIZE,
): NormalisedGraph {
  checkCounts(raw.nodes.length, raw.edges.length, context.limits, context.format);
  const type = graphTypeOf(raw);
  const nodeKeys = new Set<string>();
  const { nodes, hasPositions } = normaliseNodes(raw, context, nodeKeys);
  const head: SerializedGraph = {
    options: { type, multi: true, allowSelfLoops: true },
    attributes: copyAttributes(raw.attributes, 'graph', context),
    nodes,
    edges: [],
  };
  const keys = { edges: new Set<string>(), nodes: nodeKeys };
  const stats = { nodes: nodes.length, edges: raw.edges.length };
  if (!sink) {
    const edges = normaliseEdges(raw, type, { start: 0, end: raw.edges.length }, keys, context);
    return { serialized: { ...head, edges }, hasPositions, stats };
  }
  sink.start(head, raw.edges);
  for (let start = 0; start < raw.edges.length; start += partSize)
    sink.edges(normaliseEdges(raw, type, { start, end: start + partSize }, keys, context));
  return { serialized: { ...head, nodes: [] }, hasPositions, stats };
}
