// The table view: the visible nodes and relations as real, sortable tables — the accessible twin of the canvas.
import { useMemo, useState } from 'react';
import type { NodeTableRow, RelationTableRow } from '../model/tableRows';
import { DEFAULT_SETTINGS } from '../style/settings';
import { useI18n } from './i18n/I18nContext';
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
  /** Rows shown before "Show all" (default: the settings' table row limit). */
  rowLimit?: number;
}

type SortDirection = 'ascending' | 'descending';
interface Sort<Column extends string> {
  column: Column;
  direction: SortDirection;
}

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
  const { t, name, relationLabel } = useI18n();
  const [limit, setLimit] = useState(props.rowLimit ?? DEFAULT_SETTINGS.rowLimits.table);
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
        {t.showAllRows(total)}
      </button>
    );
  return (
    <section className="table-panel" aria-label={t.tableView}>
      <table className="data-table">
        <caption>{t.nodesCaption(props.nodes.length)}</caption>
        <thead>
          <tr>
            <SortHeader column="label" label={t.name} sort={nodes.sort} onSort={nodes.toggle} />
            <SortHeader column="kind" label={t.kindColumn} sort={nodes.sort} onSort={nodes.toggle} />
            <SortHeader column="degree" label={t.relationsColumn} sort={nodes.sort} onSort={nodes.toggle} />
          </tr>
        </thead>
        <tbody>
          {nodes.sorted.slice(0, limit).map((row) => (
            <tr
              key={row.key}
              className={row.key === props.selectedNode ? 'selected' : undefined}
              aria-current={row.key === props.selectedNode ? 'true' : undefined}
            >
              <th scope="row">
                <button type="button" className="link" onClick={() => props.onSelectNode(row.key)}>
                  {name(row)}
                </button>
                {row.labelZh && name(row) !== row.labelZh && (
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
        <caption>{t.relationsCaption(props.relations.length)}</caption>
        <thead>
          <tr>
            <SortHeader
              column="source"
              label={t.fromColumn}
              sort={relations.sort}
              onSort={relations.toggle}
            />
            <SortHeader
              column="relation"
              label={t.relationColumn}
              sort={relations.sort}
              onSort={relations.toggle}
            />
            <SortHeader column="target" label={t.toColumn} sort={relations.sort} onSort={relations.toggle} />
            <SortHeader
              column="paragraphs"
              label={t.paragraphsColumn}
              sort={relations.sort}
              onSort={relations.toggle}
            />
          </tr>
        </thead>
        <tbody>
          {relations.sorted.slice(0, limit).map((row) => (
            <tr
              key={row.key}
              className={row.key === props.selectedEdge ? 'selected' : undefined}
              aria-current={row.key === props.selectedEdge ? 'true' : undefined}
            >
              <td>
                <button type="button" className="link" onClick={() => props.onSelectNode(row.source.key)}>
                  {name(row.source)}
                </button>
              </td>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => props.onSelectEdge(row.key)}
                  aria-label={`${name(row.source)} ${relationLabel(row.relation)} ${name(row.target)}`}
                >
                  {relationLabel(row.relation)}
                </button>
              </th>
              <td>
                <button type="button" className="link" onClick={() => props.onSelectNode(row.target.key)}>
                  {name(row.target)}
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
