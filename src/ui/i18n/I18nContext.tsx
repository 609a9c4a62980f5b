// Provides the current language's I18n to every panel; English when no provider is above.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { makeI18n, type I18n } from './makeI18n';
import type { Language } from './messages';

const I18nContext = createContext<I18n>(makeI18n('en'));

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
