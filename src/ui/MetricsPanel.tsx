// Metrics: a sortable table of nodes × structural metrics, the Size by / Colour by choices and the ego-network depth.
import { useId, useMemo, useState } from 'react';
import {
  COLOUR_BY_BUILT_IN,
  SIZE_BY_BUILT_IN,
  type BuiltInEncoding,
  type EncodingOption,
} from '../style/encodingOptions';
import {
  DEFAULT_METRICS_SORT,
  sortMetricsRows,
  type MetricsColumn,
  type MetricsRow,
  type MetricsSort,
} from '../model/metrics/rows';
import { EGO_DEPTH_MAX, EGO_DEPTH_MIN } from '../model/egoNetwork';
import { DEFAULT_SETTINGS } from '../style/settings';
import { useI18n } from './i18n/I18nContext';
import { KindBadge } from './KindBadge';
import './analysis.css';

export type MetricsStatus = 'idle' | 'computing' | 'ready';

export interface MetricsPanelProps {
  status: MetricsStatus;
  /** One row per node; metrics not yet computed are null. A Chinese name, where given, is shown in Chinese. */
  rows: readonly (MetricsRow & { labelZh?: string | undefined })[];
  onCompute(): void;
  /** Extra progress text while computing (e.g. "in a background worker"). */
  progress?: string;
  /** An error of the last computation, shown with a retry button. */
  error?: string | null;
  selectedNode: string | null;
  onSelectNode(key: string): void;
  sizeBy: string;
  colourBy: string;
  /** Numeric node attributes of the graph, offered under "Size by" after the metrics. */
  numericAttributes?: readonly EncodingOption[];
  /** Categorical node attributes of the graph, offered under "Colour by" after kind and community. */
  categoricalAttributes?: readonly EncodingOption[];
  onSizeBy(id: string): void;
  onColourBy(id: string): void;
  /** Ego-network depth around the selected node (1..3), or null when off. */
  depth: number | null;
  onDepth(depth: number | null): void;
  /** Colour of a Louvain community, to show a swatch in the Community column. */
  communityColor?: (community: number) => string;
  rowLimit?: number;
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

function EncodingSelect(props: {
  label: string;
  value: string;
  builtIn: readonly BuiltInEncoding[];
  attributes: readonly EncodingOption[];
  onChange(id: string): void;
}) {
  const { t } = useI18n();
  return (
    <label className="analysis-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.attributes.length === 0 ? (
          props.builtIn.map((id) => (
            <option key={id} value={id}>
              {t.analysis.encodings[id]}
            </option>
          ))
        ) : (
          <>
            <optgroup label={t.analysis.structure}>
              {props.builtIn.map((id) => (
                <option key={id} value={id}>
                  {t.analysis.encodings[id]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t.analysis.attributes}>
              {props.attributes.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          </>
        )}
      </select>
    </label>
  );
}

function DepthInput({
  depth,
  onDepth,
  selectedLabel,
}: Pick<MetricsPanelProps, 'depth' | 'onDepth'> & {
  selectedLabel: string | null;
}) {
  const { t } = useI18n();
  const hintId = useId();
  const onChange = (raw: string) => {
    if (raw.trim() === '') return onDepth(null);
    const value = Math.round(Number(raw));
    if (Number.isFinite(value)) onDepth(Math.min(EGO_DEPTH_MAX, Math.max(EGO_DEPTH_MIN, value)));
  };
  return (
    <div className="analysis-field">
      <label>
        <span>{t.analysis.depth}</span>
        <input
          type="number"
          min={EGO_DEPTH_MIN}
          max={EGO_DEPTH_MAX}
          step={1}
          value={selectedLabel === null ? '' : (depth ?? '')}
          disabled={selectedLabel === null}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      <p className="help" id={hintId}>
        {selectedLabel === null
          ? t.analysis.depthHintNone
          : t.analysis.depthHint(selectedLabel, EGO_DEPTH_MIN, EGO_DEPTH_MAX)}
      </p>
    </div>
  );
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

function MetricsTable(props: MetricsPanelProps) {
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
                    {row.community === null ? (
                      '–'
                    ) : (
                      <span className="community-cell">
                        {props.communityColor && (
                          <span
                            className="kind-dot"
                            style={{ background: props.communityColor(row.community) }}
                            aria-hidden="true"
                          />
                        )}
                        {row.community}
                      </span>
                    )}
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

export function MetricsPanel(props: MetricsPanelProps) {
  const { t, name } = useI18n();
  const selectedRow =
    props.selectedNode === null ? null : props.rows.find((row) => row.key === props.selectedNode);
  const selectedLabel =
    props.selectedNode === null ? null : selectedRow ? name(selectedRow) : t.analysis.theSelectedNode;
  return (
    <section className="metrics-panel analysis-panel" aria-label={t.analysis.metricsRegion}>
      <div className="analysis-controls">
        <EncodingSelect
          label={t.analysis.sizeBy}
          value={props.sizeBy}
          builtIn={SIZE_BY_BUILT_IN}
          attributes={props.numericAttributes ?? []}
          onChange={props.onSizeBy}
        />
        <EncodingSelect
          label={t.analysis.colourBy}
          value={props.colourBy}
          builtIn={COLOUR_BY_BUILT_IN}
          attributes={props.categoricalAttributes ?? []}
          onChange={props.onColourBy}
        />
        <DepthInput depth={props.depth} onDepth={props.onDepth} selectedLabel={selectedLabel} />
      </div>
      {props.status === 'idle' && <p className="help">{t.analysis.metricsHelp}</p>}
      {props.error && (
        <p className="analysis-error" role="alert">
          {t.analysis.computeFailed(props.error)}
        </p>
      )}
      {props.status === 'computing' ? (
        <p className="analysis-status" role="status">
          {t.analysis.computing}
          {props.progress ? ` ${props.progress}` : ''}
        </p>
      ) : (
        props.status === 'idle' && (
          <button type="button" className="analysis-primary" onClick={props.onCompute}>
            {t.analysis.compute}
          </button>
        )
      )}
      {props.rows.length > 0 && props.status !== 'idle' && <MetricsTable {...props} />}
    </section>
  );
}
