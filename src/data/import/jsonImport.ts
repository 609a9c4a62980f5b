// Reads graphology's serialized JSON (graph.export()): syntax errors with line/column, schema, key and edge checks.
import type { GraphType } from 'graphology-types';
import { checkCounts } from './importLimits';
import { makeFormatError, type ImportContext } from './importContext';
import type { NumberedEnds } from '../../model/parallelEdges';
import type { RawGraph } from './importTypes';
import { plural } from './importWarnings';
import type { SerializedGraphInput } from './jsonSchema';
import { createJsonEdgeReader, type SerializedEdgeInput } from './jsonEdges';
import { streamJsonEdges } from './jsonEdgeStream';
import { readJsonNodes } from './jsonNodes';
import { findJsonSyntaxProblem } from './jsonSyntaxError';
import { isSerializedGraph } from './isSerializedGraph';
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

/** The graph's type, from its declared type and how many of its (kept) edges are undirected. */
function graphTypeOf(
  declared: GraphType | undefined,
  undirected: number,
  edges: number,
  context: ImportContext,
): GraphType {
  if (declared === 'undirected') return 'undirected';
  if (declared === 'directed' && undirected > 0) {
    context.warnings.add(
      `JSON: the graph is declared "directed" but has ${plural(undirected, 'undirected edge')}; it was imported as a mixed graph`,
    );
    return 'mixed';
  }
  if (declared) return declared;
  if (undirected === 0) return 'directed';
  return undirected === edges ? 'undirected' : 'mixed';
}

/**
 * Every edge's ends as the numbers of its nodes, and how many edges are undirected; null at the first edge whose end
 * is not a node of the file.
 */
function numberEndsIfKnown(
  edges: readonly SerializedEdgeInput[],
  nodes: ReadonlyMap<string, number>,
): { ends: NumberedEnds; undirected: number } | null {
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  let undirected = 0;
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const source = nodes.get(String(edge.source));
    const target = nodes.get(String(edge.target));
    if (source === undefined || target === undefined) return null;
    sources[i] = source;
    targets[i] = target;
    if (edge.undirected === true) undirected++;
  }
  return { ends: { nodes: nodes.size, sources, targets }, undirected };
}

/**
 * Reads a graphology JSON text. A file that fails the fast structural check is explained by `explain` (zod's account,
 * see jsonSchema.ts); without one, SchemaExplainerNeeded is thrown for the caller to load it and read again.
 */
export function readJson(text: string, context: ImportContext, explain: SchemaExplainer | null): RawGraph {
  const streamed = context.parseInParts ? streamJsonEdges(text, context) : null;
  if (streamed) return streamed;
  const data = checkTopLevel(parseJsonText(text, context), context);
  if (!isSerializedGraph(data)) {
    if (!explain) throw new SchemaExplainerNeeded();
    const { message, element } = explain(data);
    throw makeFormatError(context, message, { element });
  }
  const graph: SerializedGraphInput = data;
  const { nodes, firstIndex } = readJsonNodes(graph, context);
  const isNode = (key: string) => firstIndex.has(key);
  const edges = graph.edges ?? [];
  const declared = graph.options?.type;
  const attributes = graph.attributes ?? {};
  // Node keys are unique, edge keys made unique and edge ends resolved here: normalising need not check again.
  const numbered = numberEndsIfKnown(edges, firstIndex);
  const reader = createJsonEdgeReader(edges, context, isNode, {
    endsKnown: numbered !== null,
    undirected: declared === 'undirected',
  });
  if (numbered) {
    // Every edge is kept, so they can be read as they are normalised (RawGraph.unread).
    return {
      type: graphTypeOf(declared, numbered.undirected, edges.length, context),
      attributes,
      nodes,
      edges: [],
      checked: true,
      unread: {
        count: edges.length,
        ends: numbered.ends,
        read: reader.read,
        finish: () => reader.finish(nodes),
      },
    };
  }
  const kept = reader.read(edges.length);
  reader.finish(nodes);
  const type = graphTypeOf(declared, kept.filter((edge) => edge.undirected).length, kept.length, context);
  return { type, attributes, nodes, edges: kept, checked: true };
}
