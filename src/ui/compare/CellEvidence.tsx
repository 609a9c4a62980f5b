// The evidence of one matrix cell: which province, which target, and the quoted relations behind the count.
import type { NodeSummary } from '../../model/describe';
import { EvidenceList } from '../EvidenceList';
import { useI18n } from '../i18n/I18nContext';
import type { MatrixCell } from '../../model/compare/provinceMatrix';
import type { GetEvidence } from './types';
import { AddToNotebook } from '../trust/AddToNotebook';

export interface CellEvidenceProps {
  id: string;
  cell: MatrixCell | null;
  province: NodeSummary | undefined;
  target: NodeSummary | undefined;
  getEvidence: GetEvidence;
  onSelectNode?: ((key: string) => void) | undefined;
  onSelectEdge?: ((key: string) => void) | undefined;
  onOpenParagraph?: ((paragraph: number) => void) | undefined;
}

function NodeName({ node, onSelect }: { node: NodeSummary; onSelect?: ((key: string) => void) | undefined }) {
  const { name } = useI18n();
  if (!onSelect) return <strong>{name(node)}</strong>;
  return (
    <button type="button" className="link" onClick={() => onSelect(node.key)}>
      {name(node)}
    </button>
  );
}

export function CellEvidence(props: CellEvidenceProps) {
  const { t } = useI18n();
  const { cell, province, target } = props;
  return (
    <div className="cell-evidence" id={props.id}>
      {!cell || !province || !target ? (
        <p className="help">{t.analysis.cellHelp}</p>
      ) : (
        <>
          <p className="cell-evidence-title">
            <NodeName node={province} onSelect={props.onSelectNode} /> ·{' '}
            <NodeName node={target} onSelect={props.onSelectNode} />
            {t.analysis.colon}
            {t.analysis.relations(cell.count)}
          </p>
          <ul className="cell-evidence-list">
            {props.getEvidence(cell.edges).map((item, index) => (
              <li key={item.key ?? index}>
                {item.key && props.onSelectEdge ? (
                  <button
                    type="button"
                    className="link"
                    onClick={() => props.onSelectEdge?.(item.key as string)}
                  >
                    {item.label}
                  </button>
                ) : (
                  <span>{item.label}</span>
                )}
                <AddToNotebook
                  id={item.key ? `edge:${item.key}` : `cell:${item.label}`}
                  sentence={item.label}
                  evidence={item.evidence}
                />
                <EvidenceList
                  evidence={item.evidence}
                  note={item.note}
                  onOpenParagraph={props.onOpenParagraph}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
