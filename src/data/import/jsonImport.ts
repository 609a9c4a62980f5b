// Reads graphology's serialized JSON (graph.export()): syntax errors with line/column, schema, key and edge checks.
import type { GraphType } from 'graphology-types';
import { DuplicateEdgeIds, EdgeEndResolver } from './edgeEnds';
import { checkCounts } from './importLimits';
import { makeFormatError, type ImportContext } from './importContext';
import type { RawEdge, RawGraph, RawNode } from './importTypes';
import { plural } from './importWarnings';
import type { SerializedGraphInput } from './jsonSchema';
import { findJsonSyntaxProblem } from './jsonSyntaxError';
import { isSerializedGraph } from './isSerializedGraph';
import { makeKeyAllocator } from './makeKeyAllocator';
import { isPlainObject } from './safeAttributes';
import { SchemaExplainerNeeded, type SchemaExplainer } from './schemaExplainer';
import { lineAndColumnAt } from './textPosition';

function parseJsonText(text: string, context: ImportContext): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const problem = findJsonSyntaxProblem(text.replace(/^\uFEFF/, ''));
    if (!problem) {
      throw makeFormatError(
        context,
        `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const { line, column } = lineAndColumnAt(text, problem.offset);
    throw makeFormatError(context, `invalid JSON at line ${line}, column ${column}: ${problem.reason}`, {
      line,
      column,
    });
  }
}

function checkTopLevel(data: unknown, context: ImportContext): Record<string, unknown> {
  if (!isPlainObject(data)) {
    const found = Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`;
    throw makeFormatError(
      context,
      `expected graphology's serialized format, an object with "nodes" and "edges" arrays (found ${found})`,
    );
  }
  const nodes = data.nodes;
  const edges = data.edges;
  checkCounts(
    Array.isArray(nodes) ? nodes.length : 0,
    Array.isArray(edges) ? edges.length : 0,
    context.limits,
    'json',
  );
  return data;
}

function graphTypeOf(declared: GraphType | undefined, edges: RawEdge[], context: ImportContext): GraphType {
  const undirected = edges.filter((edge) => edge.undirected).length;
  if (declared === 'undirected') {
    for (const edge of edges) edge.undirected = true;
    return 'undirected';
  }
  if (declared === 'directed' && undirected > 0) {
    context.warnings.add(
      `JSON: the graph is declared "directed" but has ${plural(undirected, 'undirected edge')}; it was imported as a mixed graph`,
    );
    return 'mixed';
  }
  if (declared) return declared;
  if (undirected === 0) return 'directed';
  return undirected === edges.length ? 'undirected' : 'mixed';
}

/**
 * Reads a graphology JSON text. A file that fails the fast structural check is explained by `explain` (zod's account,
 * see jsonSchema.ts); without one, SchemaExplainerNeeded is thrown for the caller to load it and read again.
 */
export function readJson(text: string, context: ImportContext, explain: SchemaExplainer | null): RawGraph {
  const data = checkTopLevel(parseJsonText(text, context), context);
  if (!isSerializedGraph(data)) {
    if (!explain) throw new SchemaExplainerNeeded();
    const { message, element } = explain(data);
    throw makeFormatError(context, message, { element });
  }
  const graph: SerializedGraphInput = data;
  const nodes: RawNode[] = [];
  const firstIndex = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    const key = String(node.key);
    const previous = firstIndex.get(key);
    if (previous !== undefined) {
      throw makeFormatError(
        context,
        `nodes[${index}].key "${key}" is a duplicate of nodes[${previous}].key`,
        {
          element: `nodes[${index}]`,
          id: key,
        },
      );
    }
    firstIndex.set(key, index);
    nodes.push({ key, attributes: node.attributes ?? {} });
  });
  const serializedEdges = graph.edges ?? [];
  const taken = new Set<string>();
  let keyed = 0;
  for (const edge of serializedEdges) {
    if (edge.key === undefined) continue;
    keyed++;
    taken.add(String(edge.key));
  }
  // Every key different (the usual case): no edge is renumbered, so no second set of the keys met so far.
  const unique = taken.size === keyed;
  const duplicates = new DuplicateEdgeIds(context, taken);
  const ends = new EdgeEndResolver(context, (key) => firstIndex.has(key));
  const seen = new Set<string>();
  // Made at the first edge without a key: most files give every edge one.
  let allocate: (() => string) | undefined;
  const edges: RawEdge[] = [];
  serializedEdges.forEach((edge, index) => {
    let key: string;
    if (edge.key === undefined) key = (allocate ??= makeKeyAllocator(taken))();
    else {
      key = String(edge.key);
      if (!unique) {
        if (seen.has(key)) key = duplicates.renumber(key, () => undefined);
        else seen.add(key);
      }
    }
    const source = String(edge.source);
    const target = String(edge.target);
    const name = edge.key === undefined ? `edges[${index}]` : key;
    if (!ends.keep(source, target, () => ({ edge: name }))) return;
    edges.push({
      key,
      source,
      target,
      undirected: edge.undirected === true,
      attributes: edge.attributes ?? {},
    });
  });
  duplicates.finish();
  ends.finish(nodes);
  return {
    type: graphTypeOf(graph.options?.type, edges, context),
    attributes: graph.attributes ?? {},
    nodes,
    edges,
    // Node keys are unique, edge keys made unique and edge ends resolved above: normalising need not check again.
    checked: true,
  };
}
