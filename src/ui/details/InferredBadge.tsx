// A badge marking a relation or an entity as the curator's inference rather than what the report states outright.
import { useI18n } from '../i18n/I18nContext';
import './details.css';

export function InferredBadge({ of }: { of: 'edge' | 'node' }) {
  const { t } = useI18n();
  const help = of === 'edge' ? t.statementMarks.inferredEdgeHelp : t.statementMarks.inferredNodeHelp;
  return (
    <span className="statement-badge inferred-badge" title={help}>
      {t.statementMarks.inferred}
    </span>
  );
}
