// Helpers for the import tests: fixture files, building graphs from results, catching GraphImportErrors.
import Graph from 'graphology';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { GraphImportError } from '../../../src/data/import/GraphImportError';
import { importGraph } from '../../../src/data/import/importGraph';
import type { ImportInput, ImportOptions, ImportResult } from '../../../src/data/import/importTypes';

export function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
}

/** The graph a UI would build: options from the result, then graph.import. */
export function graphFrom(result: ImportResult): Graph {
  const graph = new Graph(result.serialized.options);
  graph.import(result.serialized);
  return graph;
}

/** Runs importGraph expecting a GraphImportError, and returns it. */
export function importError(input: ImportInput, options?: ImportOptions): GraphImportError {
  try {
    importGraph(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphImportError);
    return error as GraphImportError;
  }
  throw new Error(`expected importGraph(${input.name}) to fail`);
}

export function nodeAttributes(result: ImportResult, key: string): Record<string, unknown> {
  const node = result.serialized.nodes.find((candidate) => candidate.key === key);
  if (!node) throw new Error(`no node ${key}`);
  return node.attributes ?? {};
}

export function edgeAttributes(result: ImportResult, key: string): Record<string, unknown> {
  const edge = result.serialized.edges.find((candidate) => candidate.key === key);
  if (!edge) throw new Error(`no edge ${key}`);
  return edge.attributes ?? {};
}

/** A minimal GEXF document around the given <nodes>/<edges> markup. */
export function gexf(body: string, graphAttributes = 'defaultedgetype="directed"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph ${graphAttributes}>
${body}
  </graph>
</gexf>
`;
}

/** A minimal GraphML document around the given keys and graph content. */
export function graphml(body: string, keys = '', edgedefault = 'directed'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys}
  <graph edgedefault="${edgedefault}">
${body}
  </graph>
</graphml>
`;
}
