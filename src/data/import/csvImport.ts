// Reads a CSV edge list (source,target or from,to…[,relation,…]) and an optional nodes table (id/key, label, x, y, …).
import {
  findColumn,
  findEndpoints,
  makeColumns,
  makeMissingColumnsError,
  type CsvColumn,
} from './csvColumns';
import { readCsvTable, type CsvRow, type CsvTable } from './csvTable';
import { convertCell, parseFlag } from './csvValues';
import { DuplicateEdgeIds, EdgeEndResolver } from './edgeEnds';
import { GraphImportError } from './GraphImportError';
import type { ImportContext } from './importContext';
import { formatCount } from './importLimits';
import type { ImportFile, RawEdge, RawGraph, RawNode } from './importTypes';
import { plural } from './importWarnings';
import { makeKeyAllocator } from './makeKeyAllocator';
import { makeAttributeBag } from './safeAttributes';

const NODES_TABLE_HINT = '; this looks like a nodes table: give it as the nodes file, with an edge list';
const csvLabel = (file: ImportFile) => `CSV ${file.name || 'file'}`;
const delimiterFor = (file: ImportFile) => (/\.tsv$/i.test(file.name) ? '\t' : undefined);

function tooManyError(count: number, limit: number, what: 'nodes' | 'edges') {
  return new GraphImportError(
    `The graph has ${formatCount(count)} ${what}; the limit is ${formatCount(limit)}`,
    'csv',
  );
}

function lineError(label: string, row: CsvRow, detail: string, id?: string) {
  return new GraphImportError(`${label} line ${row.line}: ${detail}`, 'csv', {
    line: row.line,
    ...(id === undefined ? {} : { id }),
  });
}

function warnExtraValues(row: CsvRow, width: number, label: string, context: ImportContext) {
  if (row.values.length <= width) return;
  context.warnings.count(
    `${label}:extra`,
    (count) =>
      `${label}: ${plural(count, 'row')} had more values than header columns; the extra values were ignored (first on line ${row.line})`,
  );
}

function readNodesTable(file: ImportFile, context: ImportContext): Map<string, RawNode> {
  const label = csvLabel(file);
  const { maxNodes } = context.limits;
  const table = readCsvTable(file.text, {
    label,
    delimiter: delimiterFor(file),
    maxRows: maxNodes,
    tooMany: (count) => tooManyError(count, maxNodes, 'nodes'),
  });
  const columns = makeColumns(table.header, label, context.warnings);
  const idColumn = findColumn(columns, 'id', 'key');
  if (!idColumn) {
    const where = { file: file.name, table: 'nodes' as const };
    throw makeMissingColumnsError(label, ['id'], table.header, table.headerLine, where);
  }
  const labelColumn = findColumn(columns, 'label');
  const nodes = new Map<string, RawNode>();
  const lines = new Map<string, number>();
  for (const row of table.rows) {
    warnExtraValues(row, table.header.length, label, context);
    const key = row.values[idColumn.index] ?? '';
    if (!key) throw lineError(label, row, `missing "${idColumn.lower}" value`);
    const first = lines.get(key);
    if (first !== undefined)
      throw lineError(label, row, `duplicate node id "${key}" (first on line ${first})`, key);
    lines.set(key, row.line);
    const attributes = makeAttributeBag();
    for (const column of columns) {
      if (column === idColumn) continue;
      const value = row.values[column.index] ?? '';
      if (value === '') continue;
      attributes[column === labelColumn ? 'label' : column.name] =
        column === labelColumn ? value : convertCell(value);
    }
    nodes.set(key, { key, attributes });
  }
  return nodes;
}

interface EdgeColumns {
  source: CsvColumn;
  target: CsvColumn;
  key?: CsvColumn;
  relation?: CsvColumn;
  undirected?: CsvColumn;
  /** Gephi's "Type" column: Directed / Undirected per edge. */
  direction?: CsvColumn;
  attributes: CsvColumn[];
}

const DIRECTIONS = new Set(['directed', 'undirected', 'mutual']);

/** Whether a column only holds edge directions (Gephi writes "Directed" or "Undirected" in its "Type" column). */
function holdsDirections(column: CsvColumn, rows: readonly CsvRow[]): boolean {
  let seen = false;
  for (const row of rows) {
    const value = (row.values[column.index] ?? '').toLowerCase();
    if (!value) continue;
    if (!DIRECTIONS.has(value)) return false;
    seen = true;
  }
  return seen;
}

function edgeColumns(file: ImportFile, table: CsvTable, label: string, context: ImportContext): EdgeColumns {
  const { header, headerLine } = table;
  const columns = makeColumns(header, label, context.warnings);
  const fail = (missing: string[], hint: string) =>
    makeMissingColumnsError(label, missing, header, headerLine, { file: file.name, table: 'edges' }, hint);
  const endpoints = findEndpoints(columns, context.csvColumns, fail);
  if (!endpoints) {
    const source = findColumn(columns, 'source');
    const target = findColumn(columns, 'target');
    const missing = [source ? undefined : 'source', target ? undefined : 'target'].filter(
      (n): n is string => !!n,
    );
    const looksLikeNodes = !source && !target && findColumn(columns, 'id', 'key') !== undefined;
    throw fail(missing, looksLikeNodes ? NODES_TABLE_HINT : '');
  }
  const { source, target } = endpoints;
  const others = columns.filter((c) => c !== source && c !== target);
  const key = findColumn(others, 'key', 'id');
  const type = findColumn(others, 'type');
  const direction = type && holdsDirections(type, table.rows) ? type : undefined;
  const relation = findColumn(
    others.filter((c) => c !== direction),
    'relation',
    'type',
    'label',
  );
  const undirected = findColumn(others, 'undirected');
  const special = new Set([key, relation, undirected, direction]);
  return {
    source,
    target,
    key,
    relation,
    undirected,
    direction,
    attributes: others.filter((c) => !special.has(c)),
  };
}

/** Whether the edge on this row is undirected, from an "undirected" flag or a Gephi "Type" column. */
function readUndirected(row: CsvRow, columns: EdgeColumns, label: string, context: ImportContext): boolean {
  if (columns.direction) {
    const value = (row.values[columns.direction.index] ?? '').toLowerCase();
    return value === 'undirected' || value === 'mutual';
  }
  if (!columns.undirected) return false;
  const flag = parseFlag(row.values[columns.undirected.index] ?? '');
  if (flag === undefined) {
    context.warnings.count(
      `${label}:flag`,
      (count) =>
        `${label}: ${plural(count, 'edge')} had an unreadable "undirected" value and were read as directed (first on line ${row.line})`,
    );
  }
  return flag === true;
}

/** Edge keys from the key column, if any (renumbered when used twice), else "e0", "e1", …. */
function makeEdgeKeys(table: CsvTable, column: CsvColumn | undefined, context: ImportContext) {
  const taken = new Set<string>();
  if (column) for (const row of table.rows) taken.add(row.values[column.index] ?? '');
  taken.delete('');
  const duplicates = new DuplicateEdgeIds(context, taken);
  const allocate = makeKeyAllocator(taken);
  const seen = new Set<string>();
  return {
    keyOf(row: CsvRow): string {
      const key = column ? (row.values[column.index] ?? '') : '';
      if (!key) return allocate();
      if (!seen.has(key)) {
        seen.add(key);
        return key;
      }
      return duplicates.renumber(key, () => row.line);
    },
    finish: () => duplicates.finish(),
  };
}

export function readCsv(
  edgesFile: ImportFile,
  nodesFile: ImportFile | undefined,
  context: ImportContext,
): RawGraph {
  const label = csvLabel(edgesFile);
  const { maxEdges, maxNodes } = context.limits;
  const declaredNodes = nodesFile ? readNodesTable(nodesFile, context) : undefined;
  const table = readCsvTable(edgesFile.text, {
    label,
    delimiter: delimiterFor(edgesFile),
    maxRows: maxEdges,
    tooMany: (count) => tooManyError(count, maxEdges, 'edges'),
  });
  const columns = edgeColumns(edgesFile, table, label, context);
  const nodes = declaredNodes ?? new Map<string, RawNode>();
  // With a nodes table, edges must refer to its nodes (else they are skipped, or the nodes created); without one,
  // the edge list names the nodes.
  const ends = declaredNodes && new EdgeEndResolver(context, (key) => declaredNodes.has(key));
  const keys = makeEdgeKeys(table, columns.key, context);
  const edges: RawEdge[] = [];
  table.rows.forEach((row, index) => {
    warnExtraValues(row, table.header.length, label, context);
    const [source, target] = [columns.source, columns.target].map((column) => {
      const node = row.values[column.index] ?? '';
      if (!node) throw lineError(label, row, `missing "${column.lower}" value`);
      return node;
    }) as [string, string];
    const key = keys.keyOf(row);
    if (ends) {
      const name = columns.key && row.values[columns.key.index] ? key : `#${index + 1}`;
      if (!ends.keep(source, target, () => ({ edge: name, line: row.line }))) return;
    } else {
      for (const node of [source, target]) {
        if (nodes.has(node)) continue;
        nodes.set(node, { key: node, attributes: makeAttributeBag() });
        if (nodes.size > maxNodes) throw tooManyError(nodes.size, maxNodes, 'nodes');
      }
    }
    const attributes = makeAttributeBag();
    const relation = columns.relation ? (row.values[columns.relation.index] ?? '') : '';
    if (relation) attributes.relation = relation;
    for (const column of columns.attributes) {
      const value = row.values[column.index] ?? '';
      if (value !== '') attributes[column.name] = convertCell(value);
    }
    const undirected = readUndirected(row, columns, label, context);
    edges.push({ key, source, target, undirected, attributes });
  });
  keys.finish();
  const nodeList = [...nodes.values()];
  ends?.finish(nodeList);
  const undirectedCount = edges.filter((edge) => edge.undirected).length;
  return {
    type: undirectedCount === 0 ? 'directed' : undirectedCount === edges.length ? 'undirected' : 'mixed',
    attributes: {},
    nodes: nodeList,
    edges,
  };
}
