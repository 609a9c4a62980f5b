// A large graphology JSON text parsed a part at a time (RawGraph.unread), so that an import worker posts its nodes and
// first edges while it still parses the rest; for the rare file that needs every edge first, a StreamRestart.
import type { GraphType } from 'graphology-types';
import { DEFAULT_PART_SIZE } from '../graphParts';
import type { ImportContext } from './importContext';
import { checkCounts } from './importLimits';
import type { RawEdge, RawGraph } from './importTypes';
import { findJsonGraphSections } from './jsonGraphSections';
import { createNodePairSet } from './nodePairSet';
import { readJsonNodes } from './jsonNodes';
import type { SerializedEdgeInput } from './jsonEdges';
import { areEdges, isSerializedGraph } from './isSerializedGraph';
import { StreamRestart } from './StreamRestart';

/**
 * Says what a graph declared simple (`multi: false`) may not hold: in a directed graph, a second edge the same way
 * between two nodes; in any other, a second edge between them at all. That is the rule reading the whole file applies
 * (planParallelEdges' fitsSimpleGraph), so a file declared simple makes the same graph either way; graphology's own
 * rule is looser for a mixed graph, where a directed and an undirected edge may share a pair.
 */
function makeRepeatedPairCheck(type: GraphType, edges: number) {
  const pairs = createNodePairSet(edges);
  const ordered = type === 'directed';
  return (source: number, target: number, key: string) => {
    const added = ordered
      ? pairs.add(source, target)
      : pairs.add(Math.min(source, target), Math.max(source, target));
    if (!added)
      throw new StreamRestart(`edge "${key}" repeats a pair of nodes in a graph declared simple (${type})`);
  };
}

/**
 * Parses the head and the nodes of a graphology JSON text, and hands its edges over a part at a time as they are
 * parsed. Null (read the text whole) when the text is not laid out for it (see jsonGraphSections.ts), does not declare
 * its type, its head or nodes fail the schema or a syntax check, or it is over the size limits or repeats a node key
 * (errors reading the whole file reports, in its order). An edge without a key, with a repeated one, to a node the
 * file lacks, undirected in a graph declared directed, or repeating a pair in a graph declared simple throws
 * StreamRestart when it is met (its key, the graph's type or the missing nodes depend on the whole file).
 */
export function streamJsonEdges(
  text: string,
  context: ImportContext,
  partSize = DEFAULT_PART_SIZE,
): RawGraph | null {
  const sections = findJsonGraphSections(text, partSize);
  if (!sections) return null;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(sections.head) as Record<string, unknown>;
    // Without a declared type the whole file decides it: the nodes are not parsed for nothing.
    if (!(data.options as { type?: unknown } | undefined)?.type) return null;
    const nodes: unknown[] = [];
    for (const piece of sections.nodes) for (const node of JSON.parse(piece) as unknown[]) nodes.push(node);
    data.nodes = nodes;
  } catch {
    return null;
  }
  if (!isSerializedGraph(data) || !data.options?.type) return null;
  const type = data.options.type;
  let read: ReturnType<typeof readJsonNodes>;
  try {
    checkCounts(data.nodes.length, sections.edgeCount, context.limits, 'json');
    read = readJsonNodes(data, context);
  } catch {
    // Reading the whole file reports it, after any syntax or schema error among the edges, which it finds first.
    return null;
  }
  const { nodes, firstIndex } = read;
  const checkPair = data.options.multi === false ? makeRepeatedPairCheck(type, sections.edgeCount) : null;
  const keys = new Set<string>();
  const sources = new Int32Array(sections.edgeCount);
  const targets = new Int32Array(sections.edgeCount);
  let numbered = 0;
  const toRawEdge = (edge: SerializedEdgeInput): RawEdge => {
    if (edge.key === undefined)
      throw new StreamRestart('an edge without a key (its key depends on every other)');
    const key = String(edge.key);
    if (keys.has(key)) throw new StreamRestart(`a second edge with the key "${key}"`);
    keys.add(key);
    const source = String(edge.source);
    const target = String(edge.target);
    const sourceIndex = firstIndex.get(source);
    const targetIndex = firstIndex.get(target);
    if (sourceIndex === undefined || targetIndex === undefined)
      throw new StreamRestart(`edge "${key}" names a node the file does not have`);
    const undirected = type === 'undirected' || edge.undirected === true;
    if (undirected && type === 'directed')
      throw new StreamRestart(`edge "${key}" is undirected in a graph declared directed`);
    checkPair?.(sourceIndex, targetIndex, key);
    sources[numbered] = sourceIndex;
    targets[numbered++] = targetIndex;
    return { key, source, target, undirected, attributes: edge.attributes ?? {} };
  };
  let next = 0;
  let parsed: RawEdge[] = [];
  return {
    type,
    attributes: data.attributes ?? {},
    nodes,
    edges: [],
    checked: true,
    simple: checkPair !== null,
    unread: {
      count: sections.edgeCount,
      ends: () => ({ nodes: nodes.length, sources, targets }),
      read(count) {
        while (parsed.length < count && next < sections.edges.length) {
          let edges: unknown;
          try {
            edges = JSON.parse(sections.edges[next++]!);
          } catch {
            throw new StreamRestart('a syntax error among the edges');
          }
          if (!areEdges(edges)) throw new StreamRestart('an edge the schema refuses');
          parsed = parsed.concat(edges.map(toRawEdge));
        }
        const part = parsed.slice(0, count);
        parsed = parsed.slice(count);
        return part;
      },
      finish: () => undefined,
    },
  };
}
