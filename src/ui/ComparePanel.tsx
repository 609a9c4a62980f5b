// Compare provinces: province × theme and province × program matrices with evidence, and a pairwise shared/unique list.
import { useCallback, useMemo, useState } from 'react';
import type { ProvinceComparison } from '../model/compare/compareProvinces';
import type { MatrixOrientation } from '../model/compare/matrixView';
import type { ProvinceMatrix } from '../model/compare/provinceMatrix';
import type { NodeSummary } from '../model/describe';
import { ProvinceDiff } from './compare/ProvinceDiff';
import { ProvinceMatrixTable, type CellRef } from './compare/ProvinceMatrixTable';
import type { GetEvidence } from './compare/types';
import { useI18n } from './i18n/I18nContext';
import './analysis.css';
import './compare/compare.css';

export type { EdgeEvidence, GetEvidence } from './compare/types';

export interface ComparePanelProps {
  /** Usually two: provinceMatrix(graph, 'theme') and provinceMatrix(graph, 'program'). */
  matrices: readonly ProvinceMatrix[];
  /** Evidence of a cell's edges (e.g. from describeEdge). */
  getEvidence: GetEvidence;
  /** What two provinces share and what is unique to each (e.g. compareProvinces(graph, a, b)). */
  getComparison(first: string, second: string): ProvinceComparison;
  /** The linking rule, shown as help (e.g. PROVINCE_LINK_RULE_HELP). */
  ruleHelp?: string;
  onSelectNode?: (key: string) => void;
  onSelectEdge?: (key: string) => void;
  onOpenParagraph?: (paragraph: number) => void;
  /** Provinces as rows (the default) or as columns, until the user toggles it. */
  initialOrientation?: MatrixOrientation;
  /** A pinned cell's edges (or null when unpinned): the graph highlights them. */
  onHighlightEdges?: (edges: string[] | null) => void;
}

/** The provinces of all matrices, in their order, without repeats. */
function provincesOf(matrices: readonly ProvinceMatrix[]): NodeSummary[] {
  const seen = new Map<string, NodeSummary>();
  for (const matrix of matrices) for (const province of matrix.provinces) seen.set(province.key, province);
  return [...seen.values()];
}

export function ComparePanel(props: ComparePanelProps) {
  const { t, kindPlural } = useI18n();
  const provinces = useMemo(() => provincesOf(props.matrices), [props.matrices]);
  const [first, setFirst] = useState<string | null>(null);
  const [second, setSecond] = useState<string | null>(null);
  // One pinned cell across the matrices: pinning in one unpins the other, and the graph shows that cell's edges.
  const [pinned, setPinned] = useState<{ kind: string; ref: CellRef } | null>(null);
  const { onHighlightEdges } = props;
  const onPin = useCallback(
    (kind: string, ref: CellRef | null, edges: string[] | null) => {
      setPinned(ref ? { kind, ref } : null);
      onHighlightEdges?.(edges);
    },
    [onHighlightEdges],
  );
  const [orientation, setOrientation] = useState<MatrixOrientation>(
    props.initialOrientation ?? 'provinces-as-rows',
  );
  const has = (key: string | null): key is string => key !== null && provinces.some((p) => p.key === key);
  const a = has(first) ? first : (provinces[0]?.key ?? '');
  const b = has(second) ? second : (provinces[1]?.key ?? provinces[0]?.key ?? '');
  const { getComparison } = props;
  const comparison = useMemo(() => (a && b && a !== b ? getComparison(a, b) : null), [a, b, getComparison]);
  return (
    <section className="compare-panel analysis-panel" aria-label={t.analysis.compareRegion}>
      {props.ruleHelp && (
        <details className="help-details">
          <summary>{t.analysis.linkRuleSummary}</summary>
          <p className="help">{props.ruleHelp}</p>
        </details>
      )}
      <div className="compare-controls">
        <label>
          <input
            type="checkbox"
            checked={orientation === 'provinces-as-columns'}
            onChange={(event) =>
              setOrientation(event.target.checked ? 'provinces-as-columns' : 'provinces-as-rows')
            }
          />
          {t.takeaway.provincesAsColumns}
        </label>
        <span className="help">{t.takeaway.transposeHelp}</span>
      </div>
      {props.matrices.map((matrix) => {
        const title = t.analysis.byProvince(kindPlural(matrix.targetKind));
        return (
          <section key={matrix.targetKind} className="analysis-section" aria-label={title}>
            <h2>{title}</h2>
            <ProvinceMatrixTable
              matrix={matrix}
              caption={title}
              orientation={orientation}
              pinned={pinned?.kind === matrix.targetKind ? pinned.ref : null}
              onPin={(ref, edges) => onPin(matrix.targetKind, ref, edges)}
              getEvidence={props.getEvidence}
              onSelectNode={props.onSelectNode}
              onSelectEdge={props.onSelectEdge}
              onOpenParagraph={props.onOpenParagraph}
            />
          </section>
        );
      })}
      {provinces.length >= 2 && (
        <section className="analysis-section" aria-label={t.analysis.sharedAndUnique}>
          <h2>{t.analysis.sharedAndUnique}</h2>
          <ProvinceDiff
            provinces={provinces}
            first={a}
            second={b}
            onFirst={setFirst}
            onSecond={setSecond}
            comparison={comparison}
            onSelectNode={props.onSelectNode}
          />
        </section>
      )}
    </section>
  );
}
