// Reads a GEXF file: xmldom DOM, validated and sanitised, then parsed by graphology-gexf (node entry, no DOMParser needed).
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { prepareGexfDocument } from './gexfPrepare';
import { makeFormatError, type ImportContext } from './importContext';
import type { RawGraph } from './importTypes';
import { rawGraphFromGraphology } from './rawGraphFromGraphology';
import { parseXmlDocument } from './xmlDocument';

export function readGexf(text: string, context: ImportContext): RawGraph {
  const document = parseXmlDocument(text, context);
  prepareGexfDocument(document, context);
  try {
    const graph = parse(MultiGraph, document, { addMissingNodes: false, allowUndeclaredAttributes: false });
    return rawGraphFromGraphology(graph);
  } catch (error) {
    throw makeFormatError(
      context,
      `could not read the graph: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
