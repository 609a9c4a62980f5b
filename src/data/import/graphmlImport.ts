// Reads a GraphML file: xmldom DOM, validated and sanitised, then parsed by graphology-graphml (node entry).
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import type { Attributes, GraphType } from 'graphology-types';
import { prepareGraphmlDocument } from './graphmlPrepare';
import { makeFormatError, type ImportContext } from './importContext';
import type { RawGraph } from './importTypes';
import { rawGraphFromGraphology } from './rawGraphFromGraphology';
import { parseXmlDocument } from './xmlDocument';

/** Casts text values of typed keys (graphology-graphml leaves <default> values uncast). */
function castDefaults(attributes: Attributes, types: Map<string, string>) {
  for (const [name, type] of types) {
    const value = attributes[name];
    if (typeof value !== 'string') continue;
    attributes[name] = type === 'boolean' ? value.trim().toLowerCase() === 'true' : Number(value);
  }
}

function graphTypeOf(raw: RawGraph, defaultDirected: boolean): GraphType {
  const undirected = raw.edges.filter((edge) => edge.undirected).length;
  if (raw.edges.length === 0) return defaultDirected ? 'directed' : 'undirected';
  if (undirected === 0) return 'directed';
  return undirected === raw.edges.length ? 'undirected' : 'mixed';
}

export function readGraphml(text: string, context: ImportContext): RawGraph {
  const document = parseXmlDocument(text, context);
  const prepared = prepareGraphmlDocument(document, context);
  let raw: RawGraph;
  try {
    raw = rawGraphFromGraphology(parse(MultiGraph, document, { addMissingNodes: false }));
  } catch (error) {
    throw makeFormatError(
      context,
      `could not read the graph: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  for (const edge of raw.edges) {
    edge.undirected = prepared.directed.get(edge.key) === false;
    castDefaults(edge.attributes, prepared.types.edge);
  }
  for (const node of raw.nodes) castDefaults(node.attributes, prepared.types.node);
  castDefaults(raw.attributes, prepared.types.graph);
  return { ...raw, type: graphTypeOf(raw, prepared.defaultDirected) };
}
