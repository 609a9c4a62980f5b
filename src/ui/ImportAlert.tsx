// The alert shown when a graph could not be opened: what went wrong and where; the current graph is untouched.
import { useI18n } from './i18n/I18nContext';

export interface ImportAlertProps {
  message: string;
  onDismiss(): void;
}

export function ImportAlert({ message, onDismiss }: ImportAlertProps) {
  const { t } = useI18n();
  return (
    <div role="alert" className="import-alert">
      <span>{message}</span>
      <button type="button" className="link" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
