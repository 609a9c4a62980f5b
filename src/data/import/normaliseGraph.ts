// Makes a RawGraph safe for sigma and the app: unique keys, known edge ends, normalised attributes, graph type, stats.
import type { GraphType, SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import { DEFAULT_PART_SIZE } from '../graphParts';
import { hasOwnAttributes } from '../../model/hasOwnAttributes';
import { makeFormatError, type ImportContext } from './importContext';
import { checkCounts } from './importLimits';
import type { ImportStats, NormalisedSink, RawEdge, RawGraph } from './importTypes';
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

/** Normalises some of the edges of `raw` (`part`); `keys` are the keys met so far, when `raw` is not checked. */
function normaliseEdges(
  raw: RawGraph,
  part: readonly RawEdge[],
  type: GraphType,
  keys: { edges: Set<string>; nodes: Set<string> },
  context: ImportContext,
): SerializedEdge[] {
  const edges: SerializedEdge[] = [];
  for (const { key, source, target, undirected, attributes } of part) {
    if (!raw.checked) checkEdge(key, source, target, keys.edges, keys.nodes, context);
    let bag: Record<string, unknown> = {};
    // Most edges of a large file have no attributes, and need no copy or fixes.
    if (hasOwnAttributes(attributes)) {
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

/** The raw edges part by part: slices of `raw.edges`, or those read from `raw.unread` as they are asked for. */
function* rawEdgeParts(raw: RawGraph, partSize: number): Generator<readonly RawEdge[]> {
  if (!raw.unread) {
    if (raw.edges.length <= partSize) yield raw.edges;
    else
      for (let start = 0; start < raw.edges.length; start += partSize)
        yield raw.edges.slice(start, start + partSize);
    return;
  }
  for (let part = raw.unread.read(partSize); part.length > 0; part = raw.unread.read(partSize)) yield part;
  raw.unread.finish();
}

/**
 * Normalises `raw`; with a sink, hands it the nodes first and then the edges part by part as they are read and
 * normalised (an import worker posts each part at once), and returns a graph without nodes or edges.
 */
export function normaliseGraph(
  raw: RawGraph,
  context: ImportContext,
  sink?: NormalisedSink,
  partSize = DEFAULT_PART_SIZE,
): NormalisedGraph {
  const edgeCount = raw.edges.length + (raw.unread?.count ?? 0);
  // An estimated count is not checked (the reader checks the edges it meets).
  const counted = raw.unread && !raw.unread.ends ? raw.edges.length : edgeCount;
  checkCounts(raw.nodes.length, counted, context.limits, context.format);
  const type = graphTypeOf(raw);
  const nodeKeys = new Set<string>();
  const { nodes, hasPositions } = normaliseNodes(raw, context, nodeKeys);
  const head: SerializedGraph = {
    options: { type, multi: raw.simple !== true, allowSelfLoops: true },
    attributes: copyAttributes(raw.attributes, 'graph', context),
    nodes,
    edges: [],
  };
  const keys = { edges: new Set<string>(), nodes: nodeKeys };
  const stats = { nodes: nodes.length, edges: edgeCount };
  const normalise = (part: readonly RawEdge[]) => normaliseEdges(raw, part, type, keys, context);
  if (!sink) {
    // One part: all the edges.
    const [edges = []] = [...rawEdgeParts(raw, Number.POSITIVE_INFINITY)].map(normalise);
    return { serialized: { ...head, edges }, hasPositions, stats };
  }
  sink.start(head, raw.unread ? (raw.unread.ends ?? null) : raw.edges, edgeCount);
  let read = 0;
  for (const part of rawEdgeParts(raw, partSize)) {
    read += part.length;
    sink.edges(normalise(part));
  }
  sink.finish();
  return { serialized: { ...head, nodes: [] }, hasPositions, stats: { ...stats, edges: read } };
}
