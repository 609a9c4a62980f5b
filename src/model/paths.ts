// How two entities connect: shortest paths ignoring direction, alternatives of the same length, and readable hops.
import type Graph from 'graphology';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import { relationLabel, summarizeNode, type NodeSummary } from './describe';
import type { Evidence } from './types';

export interface PathHop {
  from: NodeSummary;
  to: NodeSummary;
  /** The edge that states this hop (the first of `edges`). */
  edge: string;
  /** Every edge between the two nodes, either direction. */
  edges: string[];
  relation: string;
  /** True when the edge points from `to` back to `from`: the sentence then uses the inverse label. */
  reversed: boolean;
  /** True when the stated edge is undirected: the hop reads without a direction (no arrow, never reversed). */
  undirected: boolean;
  /** Reads in path order: the relation's label, or its inverse label for a reversed edge. */
  label: string;
  evidence: Evidence[];
}

export interface FoundPath {
  nodes: string[];
  hops: PathHop[];
}

export type PathResult =
  | { status: 'same'; node: NodeSummary }
  | { status: 'none'; from: NodeSummary; to: NodeSummary }
  | { status: 'found'; from: NodeSummary; to: NodeSummary; length: number; paths: FoundPath[] };

export const DEFAULT_MAX_PATHS = 5;

/** Node sequences of every shortest undirected path from source to target, at most `limit` of them. */
export function shortestNodePaths(
  graph: Graph,
  source: string,
  target: string,
  limit = DEFAULT_MAX_PATHS,
): string[][] {
  if (!graph.hasNode(source)) throw new Error(`model/paths: unknown node "${source}"`);
  if (!graph.hasNode(target)) throw new Error(`model/paths: unknown node "${target}"`);
  const fromSource = undirectedSingleSourceLength(graph, source);
  const length = fromSource[target];
  if (length === undefined) return [];
  const fromTarget = undirectedSingleSourceLength(graph, target);
  const onShortest = (node: string) =>
    (fromSource[node] ?? Infinity) + (fromTarget[node] ?? Infinity) === length;
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    if (paths.length >= limit) return;
    const last = path[path.length - 1]!;
    if (last === target) {
      paths.push([...path]);
      return;
    }
    const depth = fromSource[last]!;
    const next = new Set<string>();
    graph.forEachNeighbor(last, (neighbour) => {
      if (fromSource[neighbour] === depth + 1 && onShortest(neighbour)) next.add(neighbour);
    });
    for (const neighbour of [...next].sort()) walk([...path, neighbour]);
  };
  walk([source]);
  return paths;
}

function hopBetween(graph: Graph, from: string, to: string): PathHop {
  const undirected = graph.type === 'directed' ? [] : graph.undirectedEdges(from, to);
  const forward = [...(graph.type === 'undirected' ? [] : graph.outEdges(from, to)), ...undirected].sort();
  const backward = graph.type === 'undirected' ? [] : graph.outEdges(to, from).sort();
  const edges = [...forward, ...backward];
  const edge = edges[0]!;
  const reversed = forward.length === 0;
  const attributes = graph.getEdgeAttributes(edge);
  const relation = String(attributes.relation ?? 'related');
  return {
    from: summarizeNode(graph, from),
    to: summarizeNode(graph, to),
    edge,
    edges,
    relation,
    reversed,
    undirected: graph.isUndirected(edge),
    label: relationLabel(relation, reversed ? 'in' : 'out'),
    evidence: Array.isArray(attributes.evidence) ? (attributes.evidence as Evidence[]) : [],
  };
}

export function findPaths(
  graph: Graph,
  source: string,
  target: string,
  limit = DEFAULT_MAX_PATHS,
): PathResult {
  if (source === target) return { status: 'same', node: summarizeNode(graph, source) };
  const nodePaths = shortestNodePaths(graph, source, target, limit);
  const from = summarizeNode(graph, source);
  const to = summarizeNode(graph, target);
  if (nodePaths.length === 0) return { status: 'none', from, to };
  const paths = nodePaths.map((nodes) => ({
    nodes,
    hops: nodes.slice(1).map((node, i) => hopBetween(graph, nodes[i]!, node)),
  }));
  return { status: 'found', from, to, length: nodePaths[0]!.length - 1, paths };
}

/** One hop as a sentence: "Liu Jie — holds office in → Zhejiang". */
export function hopSentence(hop: PathHop): string {
  return `${hop.from.label} — ${hop.label} → ${hop.to.label}`;
}

/** The whole result as plain text with citations, for the clipboard. */
export function explainPaths(result: PathResult, sourceTitle?: string): string {
  if (result.status === 'same') return `${result.node.label} is the same entity at both ends.`;
  if (result.status === 'none') return `No path connects ${result.from.label} and ${result.to.label}.`;
  const lines: string[] = [];
  const plural = result.paths.length > 1 ? `${result.paths.length} shortest paths` : 'Shortest path';
  lines.push(
    `${plural} from ${result.from.label} to ${result.to.label} (${result.length} ${result.length === 1 ? 'hop' : 'hops'}):`,
  );
  result.paths.forEach((path, index) => {
    if (result.paths.length > 1) lines.push('', `Path ${index + 1}:`);
    path.hops.forEach((hop, i) => {
      lines.push(`${i + 1}. ${hopSentence(hop)}`);
      for (const evidence of hop.evidence) lines.push(`   “${evidence.quote}” (¶${evidence.paragraph})`);
    });
  });
  if (sourceTitle) lines.push('', `Source: ${sourceTitle}`);
  return lines.join('\n');
}
