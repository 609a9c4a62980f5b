// The contexts the explorer's panels read: the interface language and the notebook.
import type { ReactNode } from 'react';
import type { Language } from '../../state/types';
import { I18nProvider } from '../../ui/i18n/I18nContext';
import { NotebookContext, type NotebookApi } from '../../ui/trust/NotebookContext';

export function ExplorerProviders({
  lang,
  notebook,
  children,
}: {
  lang: Language;
  notebook: NotebookApi;
  children: ReactNode;
}) {
  return (
    <I18nProvider lang={lang}>
      <NotebookContext.Provider value={notebook}>{children}</NotebookContext.Provider>
    </I18nProvider>
  );
}
