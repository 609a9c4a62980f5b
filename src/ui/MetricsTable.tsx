// The Metrics panel's table: one row per node with every structural metric, sortable by any column.
import { useMemo, useState, type ReactNode } from 'react';
import type { CommunityCentres } from '../model/metrics/communityCentres';
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
import { communityName } from './communityName';

export interface MetricsTableProps {
  /** One row per node; metrics not yet computed are null. A Chinese name, where given, is shown in Chinese. */
  rows: readonly (MetricsRow & { labelZh?: string | undefined })[];
  selectedNode: string | null;
  onSelectNode(key: string): void;
  /** Rows shown before "Show all" (default: the settings' metrics row limit). */
  rowLimit?: number | undefined;
  /** Each community's most central member, which names it ("Community of Shanghai"). */
  communityCentres?: CommunityCentres | null | undefined;
}

interface ColumnInfo {
  id: MetricsColumn;
  numeric: boolean;
}

/**
 * Column headers come from the messages (`analysis.columns`), keyed by the column id. The narrow numbers come first,
 * so a 400 px panel shows the name (a sticky column), degree, in, out and PageRank; the rest scroll into view.
 */
const COLUMNS: readonly ColumnInfo[] = [
  { id: 'label', numeric: false },
  { id: 'degree', numeric: true },
  { id: 'inDegree', numeric: true },
  { id: 'outDegree', numeric: true },
  { id: 'pagerank', numeric: true },
  { id: 'betweenness', numeric: true },
  { id: 'community', numeric: false },
  { id: 'kind', numeric: false },
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
  const i18n = useI18n();
  const { t, name } = i18n;
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
              const cellContent = (column: MetricsColumn): ReactNode => {
                if (column === 'kind') return <KindBadge kind={row.kind} />;
                if (column === 'community') {
                  return row.community === null ? (
                    '–'
                  ) : (
                    <span className="community-cell">
                      {communityName(row.community, i18n, props.communityCentres)}
                    </span>
                  );
                }
                if (column === 'betweenness' || column === 'pagerank') return formatScore(row[column]);
                if (column === 'label') return name(row);
                return row[column] ?? '–';
              };
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
                  {COLUMNS.slice(1).map((column) => (
                    <td key={column.id} className={column.numeric ? 'num' : undefined}>
                      {cellContent(column.id)}
                    </td>
                  ))}
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
