// The alert shown when a graph could not be opened: what went wrong and where; the current graph is untouched.
import type { ReactNode } from 'react';
import { useI18n } from './i18n/I18nContext';

export interface ImportAlertProps {
  message: string;
  onDismiss(): void;
  /** A way to answer the problem (the CSV mapping step). */
  children?: ReactNode;
}

export function ImportAlert({ message, onDismiss, children }: ImportAlertProps) {
  const { t } = useI18n();
  return (
    <div role="alert" className="import-alert">
      <span>{message}</span>
      {children}
      <button type="button" className="link" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
