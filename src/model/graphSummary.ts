// What the About dialog counts in a loaded graph: nodes by kind, edges by relation, stated vs inferred, reconstructed names.
import type Graph from 'graphology';

export interface GraphSummary {
  nodes: number;
  edges: number;
  /** [kind, count] pairs, most frequent first ("" for nodes without a kind). */
  kinds: Array<[string, number]>;
  /** [relation, count] pairs, most frequent first ("" for edges without a relation). */
  relations: Array<[string, number]>;
  /** Edges the source states (not marked `inferred`). */
  statedEdges: number;
  /** Edges marked `inferred`: the curator's reading. */
  inferredEdges: number;
  /** Nodes whose Chinese name is marked reconstructed. */
  reconstructedNames: number;
  /** Nodes whose identification is marked inferred. */
  inferredNodes: number;
}

function tally(counts: Map<string, number>): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function summarizeGraph(graph: Graph): GraphSummary {
  const kinds = new Map<string, number>();
  const relations = new Map<string, number>();
  let reconstructedNames = 0;
  let inferredNodes = 0;
  graph.forEachNode((_, attributes) => {
    const kind = text(attributes.kind);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (attributes.labelZhReconstructed === true) reconstructedNames += 1;
    if (attributes.inferred === true) inferredNodes += 1;
  });
  let inferredEdges = 0;
  graph.forEachEdge((_, attributes) => {
    const relation = text(attributes.relation);
    relations.set(relation, (relations.get(relation) ?? 0) + 1);
    if (attributes.inferred === true) inferredEdges += 1;
  });
  return {
    nodes: graph.order,
    edges: graph.size,
    kinds: tally(kinds),
    relations: tally(relations),
    statedEdges: graph.size - inferredEdges,
    inferredEdges,
    reconstructedNames,
    inferredNodes,
  };
}

/** A graph's own metadata (e.g. GEXF <meta> creator, description, date): its plain-valued graph attributes. */
export function graphMetadata(graph: Graph): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    if (typeof value === 'string' && value.trim()) rows.push([name, value]);
    else if (typeof value === 'number' || typeof value === 'boolean') rows.push([name, String(value)]);
  }
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
