// The table view: the visible nodes and relations as real, sortable tables — the accessible twin of the canvas.
import { useMemo, useState } from 'react';
import type { NodeTableRow, RelationTableRow } from '../model/tableRows';
import { KindBadge } from './KindBadge';

type NodeRow = NodeTableRow;
type RelationRow = RelationTableRow;

export interface TablePanelProps {
  nodes: readonly NodeRow[];
  relations: readonly RelationRow[];
  selectedNode: string | null;
  selectedEdge: string | null;
  onSelectNode(key: string): void;
  onSelectEdge(key: string): void;
}

type SortDirection = 'ascending' | 'descending';
interface Sort<Column extends string> {
  column: Column;
  direction: SortDirection;
}

export const DEFAULT_TABLE_ROW_LIMIT = 300;

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

function useSorted<Row, Column extends string>(
  rows: readonly Row[],
  initial: Sort<Column>,
  value: (row: Row, column: Column) => string | number,
) {
  const [sort, setSort] = useState(initial);
  const sorted = useMemo(() => {
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => factor * compareValues(value(a, sort.column), value(b, sort.column)));
  }, [rows, sort, value]);
  const toggle = (column: Column) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return { sorted, sort, toggle };
}

function SortHeader<Column extends string>({
  column,
  label,
  sort,
  onSort,
}: {
  column: Column;
  label: string;
  sort: Sort<Column>;
  onSort(column: Column): void;
}) {
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}

type NodeColumn = 'label' | 'kind' | 'degree';
type RelationColumn = 'source' | 'relation' | 'target' | 'paragraphs';

const nodeValue = (row: NodeRow, column: NodeColumn) => row[column];
const relationValue = (row: RelationRow, column: RelationColumn) =>
  column === 'source'
    ? row.source.label
    : column === 'target'
      ? row.target.label
      : column === 'relation'
        ? row.label
        : (row.paragraphs[0] ?? 0);

export function TablePanel(props: TablePanelProps) {
  const [limit, setLimit] = useState(DEFAULT_TABLE_ROW_LIMIT);
  const nodes = useSorted<NodeRow, NodeColumn>(
    props.nodes,
    { column: 'degree', direction: 'descending' },
    nodeValue,
  );
  const relations = useSorted<RelationRow, RelationColumn>(
    props.relations,
    { column: 'source', direction: 'ascending' },
    relationValue,
  );
  const more = (total: number) =>
    total > limit && (
      <button type="button" onClick={() => setLimit(Number.POSITIVE_INFINITY)}>
        Show all {total} rows
      </button>
    );
  return (
    <section className="table-panel" aria-label="Table view">
      <table className="data-table">
        <caption>Nodes ({props.nodes.length} shown by the current filters)</caption>
        <thead>
          <tr>
            <SortHeader column="label" label="Name" sort={nodes.sort} onSort={nodes.toggle} />
            <SortHeader column="kind" label="Kind" sort={nodes.sort} onSort={nodes.toggle} />
            <SortHeader column="degree" label="Relations" sort={nodes.sort} onSort={nodes.toggle} />
          </tr>
        </thead>
        <tbody>
          {nodes.sorted.slice(0, limit).map((row) => (
            <tr key={row.key} aria-selected={row.key === props.selectedNode}>
              <th scope="row">
                <button type="button" className="link" onClick={() => props.onSelectNode(row.key)}>
                  {row.label}
                </button>
                {row.labelZh && (
                  <span className="table-zh" lang="zh-Hans">
                    {' '}
                    {row.labelZh}
                  </span>
                )}
              </th>
              <td>
                <KindBadge kind={row.kind} />
              </td>
              <td className="numeric">{row.degree}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more(props.nodes.length)}
      <table className="data-table">
        <caption>Relations ({props.relations.length} shown by the current filters)</caption>
        <thead>
          <tr>
            <SortHeader column="source" label="From" sort={relations.sort} onSort={relations.toggle} />
            <SortHeader column="relation" label="Relation" sort={relations.sort} onSort={relations.toggle} />
            <SortHeader column="target" label="To" sort={relations.sort} onSort={relations.toggle} />
            <SortHeader
              column="paragraphs"
              label="Paragraphs"
              sort={relations.sort}
              onSort={relations.toggle}
            />
          </tr>
        </thead>
        <tbody>
          {relations.sorted.slice(0, limit).map((row) => (
            <tr key={row.key} aria-selected={row.key === props.selectedEdge}>
              <td>
                <button type="button" className="link" onClick={() => props.onSelectNode(row.source.key)}>
                  {row.source.label}
                </button>
              </td>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => props.onSelectEdge(row.key)}
                  aria-label={`${row.source.label} ${row.label} ${row.target.label}`}
                >
                  {row.label}
                </button>
              </th>
              <td>
                <button type="button" className="link" onClick={() => props.onSelectNode(row.target.key)}>
                  {row.target.label}
                </button>
              </td>
              <td>{row.paragraphs.map((p) => `¶${p}`).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more(props.relations.length)}
    </section>
  );
}
