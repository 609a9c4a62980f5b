// A fast check that parsed JSON matches serializedGraphSchema, for large files: zod runs only to explain a failure.
import type { SerializedGraphInput } from './jsonSchema';
import { isPlainObject } from './safeAttributes';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isKey = (value: unknown) =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

const isOptional = (value: unknown, check: (value: unknown) => boolean) =>
  value === undefined || check(value);

const isBoolean = (value: unknown) => typeof value === 'boolean';

const GRAPH_TYPES: readonly unknown[] = ['directed', 'undirected', 'mixed'];

function isOptions(value: unknown): boolean {
  return (
    isObject(value) &&
    isOptional(value.type, (type) => GRAPH_TYPES.includes(type)) &&
    isOptional(value.multi, isBoolean) &&
    isOptional(value.allowSelfLoops, isBoolean)
  );
}

function areNodes(nodes: unknown): boolean {
  if (!Array.isArray(nodes)) return false;
  for (const node of nodes as unknown[]) {
    if (!isObject(node) || !isKey(node.key) || !isOptional(node.attributes, isPlainObject)) return false;
  }
  return true;
}

/** Whether `edges` is an array of edges serializedGraphSchema accepts. */
export function areEdges(edges: unknown): edges is NonNullable<SerializedGraphInput['edges']> {
  if (!Array.isArray(edges)) return false;
  for (const edge of edges as unknown[]) {
    if (
      !isObject(edge) ||
      !isKey(edge.source) ||
      !isKey(edge.target) ||
      !isOptional(edge.key, isKey) ||
      !isOptional(edge.attributes, isPlainObject) ||
      !isOptional(edge.undirected, isBoolean)
    )
      return false;
  }
  return true;
}

/**
 * True when `data` passes serializedGraphSchema (never when the schema would refuse it). The schema itself walks
 * ~100 ms of zod per 60,000 nodes and edges; this loop a few ms. Keys outside the schema are left in place (the
 * reader only reads the schema's keys).
 */
export function isSerializedGraph(data: unknown): data is SerializedGraphInput {
  return (
    isObject(data) &&
    isOptional(data.attributes, isPlainObject) &&
    isOptional(data.options, isOptions) &&
    areNodes(data.nodes) &&
    isOptional(data.edges, areEdges)
  );
}
