// A small badge saying whether a resolution or pledge is new (announced) or continuing (already under way).
import { useI18n } from '../i18n/I18nContext';
import './details.css';

export function StageBadge({ stage }: { stage: string }) {
  const { t } = useI18n();
  const label = t.statementMarks.stage[stage] ?? stage;
  return (
    <span className={`statement-badge stage-badge stage-${stage}`} title={t.statementMarks.stageHelp[stage]}>
      {label}
    </span>
  );
}
