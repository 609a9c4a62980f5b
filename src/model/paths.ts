// How two entities connect: shortest paths ignoring direction, alternatives of the same length, and readable hops.
import type Graph from 'graphology';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import { summarizeNode, type NodeSummary } from './describe';
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

/** The words of a path explanation in the interface language (the ui/i18n dictionaries provide them). */
export interface PathWords {
  /** An entity's name. */
  name(node: NodeSummary): string;
  /** A relation read from its source ("out") or, with the inverse label, from its target ("in"). */
  relationLabel(relation: string, direction: 'out' | 'in'): string;
  sameEntity(name: string): string;
  noPath(from: string, to: string): string;
  heading(count: number, from: string, to: string, hops: number): string;
  pathN(n: number): string;
  source(title: string): string;
}

/** One hop as a sentence: "Liu Jie — holds office in → Zhejiang". */
export function hopSentence(hop: PathHop, words: Pick<PathWords, 'name' | 'relationLabel'>): string {
  const label = words.relationLabel(hop.relation, hop.reversed ? 'in' : 'out');
  return `${words.name(hop.from)} — ${label} ${hop.undirected ? '—' : '→'} ${words.name(hop.to)}`;
}

/** The whole result as plain text with citations, for the clipboard. */
export function explainPaths(result: PathResult, words: PathWords, sourceTitle?: string): string {
  if (result.status === 'same') return words.sameEntity(words.name(result.node));
  if (result.status === 'none') return words.noPath(words.name(result.from), words.name(result.to));
  const lines = [
    words.heading(result.paths.length, words.name(result.from), words.name(result.to), result.length),
  ];
  result.paths.forEach((path, index) => {
    if (result.paths.length > 1) lines.push('', words.pathN(index + 1));
    path.hops.forEach((hop, i) => {
      lines.push(`${i + 1}. ${hopSentence(hop, words)}`);
      for (const evidence of hop.evidence) lines.push(`   “${evidence.quote}” (¶${evidence.paragraph})`);
    });
  });
  if (sourceTitle) lines.push('', words.source(sourceTitle));
  return lines.join('\n');
}
