// A marker after a Chinese name the curator reconstructed from the translation, with what that means on hover.
import { useI18n } from '../i18n/I18nContext';
import './details.css';

export function ReconstructedMark() {
  const { t } = useI18n();
  return (
    <span className="statement-badge reconstructed-mark" title={t.statementMarks.reconstructedHelp}>
      {t.statementMarks.reconstructed}
    </span>
  );
}
