// A serialized graph sent in parts, as columns (a worker posts them; the main thread adds each in its own short
// task, see graphAssembler.ts). No graphology here: the importers' code needs none of the app's.
import type { Attributes, SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import { hasOwnAttributes } from '../model/hasOwnAttributes';

/**
 * Nodes as parallel arrays. Copying a part between threads costs per object: arrays of strings copy several times
 * faster than one `{ key, attributes }` object per node or edge (250,000 edges: ~150 ms instead of ~750 ms).
 */
export interface NodeColumns {
  keys: string[];
  /** null for a node without attributes (graphology gives it an empty object). */
  attributes: (Attributes | null)[];
}

export interface EdgeColumns {
  /** undefined where graphology is to make the key. */
  keys: (string | undefined)[];
  sources: string[];
  targets: string[];
  /** null for an edge without attributes. */
  attributes: (Attributes | null)[];
  /** Only when some edge says whether it is undirected; otherwise the graph's type decides, as in graph.import. */
  undirected?: (boolean | undefined)[];
}

/** Attributes to merge into edges added already, by key. */
export interface EdgeAttributeColumns {
  keys: string[];
  attributes: Attributes[];
}

/**
 * A slice of a serialized graph: the first part carries options and attributes, the others nodes or edges, and the
 * last ones maybe attributes of edges worked out after every edge was sent (the numbering of parallel edges, when
 * the edges were sent as they were read).
 */
export interface GraphPart {
  options?: SerializedGraph['options'];
  attributes?: Attributes;
  nodes?: NodeColumns;
  edges?: EdgeColumns;
  edgeAttributes?: EdgeAttributeColumns;
}

/**
 * Items per part. Adding 5,000 edges to graphology and reading them from a message takes ~40 ms on a slow
 * machine, under the 50 ms that counts as a long task, so the page stays responsive while a big graph arrives.
 */
export const DEFAULT_PART_SIZE = 5_000;

const orNull = (attributes: Attributes | undefined) => (hasOwnAttributes(attributes) ? attributes! : null);

/** Nodes as columns (one loop: this runs on the page's thread for small files). */
export function nodeColumns(nodes: readonly SerializedNode[]): NodeColumns {
  const columns: NodeColumns = { keys: [], attributes: [] };
  for (const node of nodes) {
    columns.keys.push(node.key);
    columns.attributes.push(orNull(node.attributes));
  }
  return columns;
}

/** Edges as columns. */
export function edgeColumns(edges: readonly SerializedEdge[]): EdgeColumns {
  const columns: EdgeColumns = { keys: [], sources: [], targets: [], attributes: [] };
  let stated = false;
  for (const edge of edges) {
    columns.keys.push(edge.key);
    columns.sources.push(edge.source);
    columns.targets.push(edge.target);
    columns.attributes.push(orNull(edge.attributes));
    if (edge.undirected !== undefined) stated = true;
  }
  if (stated) columns.undirected = edges.map((edge) => edge.undirected);
  return columns;
}

/** Splits a serialized graph into parts: options and attributes first, then nodes, then edges. */
export function* splitGraph(serialized: SerializedGraph, size = DEFAULT_PART_SIZE): Generator<GraphPart> {
  const head: GraphPart = {};
  if (serialized.options) head.options = serialized.options;
  if (serialized.attributes) head.attributes = serialized.attributes;
  yield head;
  const { nodes } = serialized;
  for (let i = 0; i < nodes.length; i += size) yield { nodes: nodeColumns(nodes.slice(i, i + size)) };
  const edges = serialized.edges ?? [];
  for (let i = 0; i < edges.length; i += size) yield { edges: edgeColumns(edges.slice(i, i + size)) };
}
