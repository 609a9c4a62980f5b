// CSV exports: a nodes table (key + attributes) and an edge list (key, source, target + attributes), via papaparse.
import type Graph from 'graphology';
import Papa from 'papaparse';
import { attributeNames, encodeValue } from './exportValues';

export interface CsvExportOptions {
  /** Prefix cells starting with = + - @ with a quote, so spreadsheets do not run them as formulas (breaks round trips). */
  escapeFormulae?: boolean;
}

/** Attribute columns, renamed when they would clash with a structural column (e.g. an attribute called "source"). */
function attributeColumns(names: string[], reserved: string[]): { name: string; column: string }[] {
  const taken = new Set(reserved);
  return names.map((name) => {
    let column = name;
    while (taken.has(column.toLowerCase())) column = `attr_${column}`;
    taken.add(column.toLowerCase());
    return { name, column };
  });
}

const cell = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : encodeValue(value);

/** Columns: key, then every node attribute name (arrays and objects as JSON). */
export function exportNodesCsv(graph: Graph, options: CsvExportOptions = {}): string {
  const columns = attributeColumns(attributeNames(graph, 'node'), ['key', 'id']);
  const data: unknown[][] = [];
  graph.forEachNode((key, attributes) =>
    data.push([key, ...columns.map(({ name }) => cell(attributes[name]))]),
  );
  return Papa.unparse(
    { fields: ['key', ...columns.map(({ column }) => column)], data },
    { escapeFormulae: options.escapeFormulae ?? false },
  );
}

/** Columns: key, source, target, `undirected` (only for graphs that have undirected edges), then edge attributes. */
export function exportEdgesCsv(graph: Graph, options: CsvExportOptions = {}): string {
  const withDirection = graph.type !== 'directed' && graph.undirectedSize > 0;
  const structural = ['key', 'source', 'target', ...(withDirection ? ['undirected'] : [])];
  const columns = attributeColumns(attributeNames(graph, 'edge'), [...structural, 'id', 'undirected']);
  const data: unknown[][] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) =>
    data.push([
      key,
      source,
      target,
      ...(withDirection ? [String(undirected)] : []),
      ...columns.map(({ name }) => cell(attributes[name])),
    ]),
  );
  return Papa.unparse(
    { fields: [...structural, ...columns.map(({ column }) => column)], data },
    { escapeFormulae: options.escapeFormulae ?? false },
  );
}
