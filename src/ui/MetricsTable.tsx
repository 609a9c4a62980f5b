// The Metrics panel's table: one row per node with every structural metric, sortable by any column.
import { useMemo, useState } from 'react';
import {
  DEFAULT_METRICS_SORT,
  sortMetricsRows,
  type MetricsColumn,
  type MetricsRow,
  type MetricsSort,
} from '../model/metrics/rows';
import { DEFAULT_SETTINGS } from '../style/settings';
import { useI18n } from './i18n/I18nContext';
import { KindBadge } from './KindBadge';

export interface MetricsTableProps {
  /** One row per node; metrics not yet computed are null. A Chinese name, where given, is shown in Chinese. */
  rows: readonly (MetricsRow & { labelZh?: string | undefined })[];
  selectedNode: string | null;
  onSelectNode(key: string): void;
  /** Rows shown before "Show all" (default: the settings' metrics row limit). */
  rowLimit?: number | undefined;
}

interface ColumnInfo {
  id: MetricsColumn;
  numeric: boolean;
}

/** Column headers come from the messages (`analysis.columns`), keyed by the column id. */
const COLUMNS: readonly ColumnInfo[] = [
  { id: 'label', numeric: false },
  { id: 'kind', numeric: false },
  { id: 'degree', numeric: true },
  { id: 'inDegree', numeric: true },
  { id: 'outDegree', numeric: true },
  { id: 'betweenness', numeric: true },
  { id: 'pagerank', numeric: true },
  { id: 'community', numeric: false },
];

function formatScore(value: number | null): string {
  if (value === null) return '–';
  if (value === 0) return '0';
  return value >= 0.001 ? value.toFixed(3) : value.toExponential(1);
}

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: ColumnInfo;
  sort: MetricsSort;
  onSort(id: MetricsColumn): void;
}) {
  const { t } = useI18n();
  const active = sort.column === column.id;
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className={column.numeric ? 'num' : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column.id)}>
        {t.analysis.columns[column.id]}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function MetricsTable(props: MetricsTableProps) {
  const { t, name } = useI18n();
  const [sort, setSort] = useState<MetricsSort>(DEFAULT_METRICS_SORT);
  const [showAll, setShowAll] = useState(false);
  const sorted = useMemo(() => sortMetricsRows(props.rows, sort), [props.rows, sort]);
  const limit = props.rowLimit ?? DEFAULT_SETTINGS.rowLimits.metrics;
  const shown = showAll ? sorted : sorted.slice(0, limit);
  const onSort = (column: MetricsColumn) =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: COLUMNS.find((c) => c.id === column)?.numeric ? 'descending' : 'ascending' },
    );
  return (
    <>
      <div className="analysis-table-wrap">
        <table className="metrics-table">
          <caption>{t.analysis.rankedBy(t.analysis.columns[sort.column], sort.direction)}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortHeader key={column.id} column={column} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const selected = row.key === props.selectedNode;
              return (
                <tr
                  key={row.key}
                  className={selected ? 'is-selected' : undefined}
                  onClick={() => props.onSelectNode(row.key)}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      aria-current={selected ? 'true' : undefined}
                      onClick={(event) => {
                        event.stopPropagation();
                        props.onSelectNode(row.key);
                      }}
                    >
                      {name(row)}
                    </button>
                  </th>
                  <td>
                    <KindBadge kind={row.kind} />
                  </td>
                  <td className="num">{row.degree ?? '–'}</td>
                  <td className="num">{row.inDegree ?? '–'}</td>
                  <td className="num">{row.outDegree ?? '–'}</td>
                  <td className="num">{formatScore(row.betweenness)}</td>
                  <td className="num">{formatScore(row.pagerank)}</td>
                  <td>
                    {row.community === null ? '–' : <span className="community-cell">{row.community}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {sorted.length > shown.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t.analysis.showAllNodes(sorted.length)}
        </button>
      )}
    </>
  );
}
