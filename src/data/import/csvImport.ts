// Reads a CSV edge list (source,target[,relation,…]) and an optional nodes table (id/key, label, x, y, …).
import { makeColumns, findColumn, makeMissingColumnsError, type CsvColumn } from './csvColumns';
import { readCsvTable, type CsvRow } from './csvTable';
import { convertCell, parseFlag } from './csvValues';
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
  if (!idColumn) throw makeMissingColumnsError(label, ['id'], table.header, table.headerLine);
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
  attributes: CsvColumn[];
}

function edgeColumns(
  header: string[],
  headerLine: number,
  label: string,
  context: ImportContext,
): EdgeColumns {
  const columns = makeColumns(header, label, context.warnings);
  const source = findColumn(columns, 'source');
  const target = findColumn(columns, 'target');
  if (!source || !target) {
    const missing = [source ? undefined : 'source', target ? undefined : 'target'].filter(
      (n): n is string => !!n,
    );
    const looksLikeNodes = !source && !target && findColumn(columns, 'id', 'key') !== undefined;
    throw makeMissingColumnsError(label, missing, header, headerLine, looksLikeNodes ? NODES_TABLE_HINT : '');
  }
  const key = findColumn(columns, 'key', 'id');
  const relation = findColumn(columns, 'relation', 'type', 'label');
  const undirected = findColumn(columns, 'undirected');
  const special = new Set([source, target, key, relation, undirected]);
  return { source, target, key, relation, undirected, attributes: columns.filter((c) => !special.has(c)) };
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
  const columns = edgeColumns(table.header, table.headerLine, label, context);
  const nodes = declaredNodes ?? new Map<string, RawNode>();
  const keyLines = new Map<string, number>();
  const pending: { key: string; edge: Omit<RawEdge, 'key'> }[] = [];
  for (const row of table.rows) {
    warnExtraValues(row, table.header.length, label, context);
    const ends: string[] = [];
    for (const column of [columns.source, columns.target]) {
      const node = row.values[column.index] ?? '';
      if (!node) throw lineError(label, row, `missing "${column.lower}" value`);
      if (!nodes.has(node)) {
        if (declaredNodes) {
          throw lineError(
            label,
            row,
            `edge refers to unknown node "${node}" (not in ${nodesFile?.name ?? 'the nodes file'})`,
            node,
          );
        }
        nodes.set(node, { key: node, attributes: makeAttributeBag() });
        if (nodes.size > maxNodes) throw tooManyError(nodes.size, maxNodes, 'nodes');
      }
      ends.push(node);
    }
    const key = columns.key ? (row.values[columns.key.index] ?? '') : '';
    if (key) {
      const first = keyLines.get(key);
      if (first !== undefined)
        throw lineError(label, row, `duplicate edge key "${key}" (first on line ${first})`, key);
      keyLines.set(key, row.line);
    }
    const attributes = makeAttributeBag();
    const relation = columns.relation ? (row.values[columns.relation.index] ?? '') : '';
    if (relation) attributes.relation = relation;
    for (const column of columns.attributes) {
      const value = row.values[column.index] ?? '';
      if (value !== '') attributes[column.name] = convertCell(value);
    }
    let undirected = false;
    if (columns.undirected) {
      const flag = parseFlag(row.values[columns.undirected.index] ?? '');
      if (flag === undefined) {
        context.warnings.count(
          `${label}:flag`,
          (count) =>
            `${label}: ${plural(count, 'edge')} had an unreadable "undirected" value and were read as directed (first on line ${row.line})`,
        );
      }
      undirected = flag === true;
    }
    pending.push({
      key,
      edge: { source: ends[0] as string, target: ends[1] as string, undirected, attributes },
    });
  }
  const allocate = makeKeyAllocator(keyLines.keys());
  const edges = pending.map(({ key, edge }) => ({ key: key || allocate(), ...edge }));
  const undirectedCount = edges.filter((edge) => edge.undirected).length;
  return {
    type: undirectedCount === 0 ? 'directed' : undirectedCount === edges.length ? 'undirected' : 'mixed',
    attributes: {},
    nodes: [...nodes.values()],
    edges,
  };
}
