// Metrics: the Size by / Colour by choices and the ego-network depth, then the metrics' status or their table.
import type { CommunityCentres } from '../model/metrics/communityCentres';
import type { MetricsRow } from '../model/metrics/rows';
import type { MetricsStatus } from '../state/metricsStatus';
import { EncodingControls, type EncodingControlsProps } from './EncodingControls';
import { useI18n } from './i18n/I18nContext';
import { MetricsTable } from './MetricsTable';
import './analysis.css';

export interface MetricsPanelProps extends Omit<EncodingControlsProps, 'selectedLabel'> {
  status: MetricsStatus;
  /** One row per node; metrics not yet computed are null. A Chinese name, where given, is shown in Chinese. */
  rows: readonly (MetricsRow & { labelZh?: string | undefined })[];
  /** Computes every metric: "Compute metrics", and "Try again" after a failure. */
  onCompute(): void;
  /** Why the last computation failed. */
  error?: string | null;
  selectedNode: string | null;
  onSelectNode(key: string): void;
  rowLimit?: number;
  /** Each community's most central member, which names it ("Community of Shanghai"). */
  communityCentres?: CommunityCentres | null;
}

export function MetricsPanel(props: MetricsPanelProps) {
  const { t, name } = useI18n();
  const selectedRow =
    props.selectedNode === null ? null : props.rows.find((row) => row.key === props.selectedNode);
  const selectedLabel =
    props.selectedNode === null ? null : selectedRow ? name(selectedRow) : t.analysis.theSelectedNode;
  return (
    <section className="metrics-panel analysis-panel" aria-label={t.analysis.metricsRegion}>
      <EncodingControls {...props} selectedLabel={selectedLabel} />
      {props.status === 'idle' && (
        <>
          <p className="help">{t.analysis.metricsHelp}</p>
          <button type="button" className="analysis-primary" onClick={props.onCompute}>
            {t.analysis.compute}
          </button>
        </>
      )}
      {props.status === 'computing' && (
        <p className="analysis-status" role="status">
          {t.analysis.computing}
        </p>
      )}
      {props.status === 'failed' && (
        <>
          <p className="analysis-error" role="alert">
            {t.analysis.computeFailed(props.error ?? '')}
          </p>
          <button type="button" className="analysis-primary" onClick={props.onCompute}>
            {t.analysis.tryAgain}
          </button>
        </>
      )}
      {props.rows.length > 0 && props.status !== 'idle' && (
        <MetricsTable
          rows={props.rows}
          selectedNode={props.selectedNode}
          onSelectNode={props.onSelectNode}
          rowLimit={props.rowLimit}
          communityCentres={props.communityCentres}
        />
      )}
    </section>
  );
}
