// The header: app name, the open dataset, the language switch, About and the shortcuts button.
import type { ReactNode } from 'react';
import { useI18n } from './i18n/I18nContext';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from './i18n/messages';

export interface AppHeaderProps {
  datasetTitle: string;
  onLanguage(lang: Language): void;
  onShowShortcuts(): void;
  /** Opens the About / Method dialog. */
  onShowAbout?: () => void;
  /** Extra controls (e.g. opening and exporting graphs). */
  children?: ReactNode;
  /**
   * False until the graph's first frame: the language list then holds only the current language, since laying out
   * the other's name ("简体中文" in an English page) makes the browser look up a CJK font (~80 ms) before the graph.
   */
  otherLanguages?: boolean;
}

export function AppHeader({
  datasetTitle,
  onLanguage,
  onShowShortcuts,
  onShowAbout,
  children,
  otherLanguages = true,
}: AppHeaderProps) {
  const { t, lang } = useI18n();
  return (
    <header className="app-header">
      <h1>{t.appTitle}</h1>
      <span className="dataset-name">{datasetTitle}</span>
      <span className="header-spacer" />
      {children}
      <label className="header-field">
        <span>{t.language}</span>
        <select value={lang} onChange={(event) => onLanguage(event.target.value as Language)}>
          {LANGUAGES.filter((language) => otherLanguages || language === lang).map((language) => (
            <option key={language} value={language} lang={language === 'zh' ? 'zh-Hans' : 'en'}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </label>
      {onShowAbout && (
        <button type="button" className="header-button" onClick={onShowAbout} aria-haspopup="dialog">
          {t.trust.about}
        </button>
      )}
      <button
        type="button"
        className="header-button"
        onClick={onShowShortcuts}
        aria-label={t.shortcuts}
        title={`${t.shortcuts} (?)`}
      >
        ?
      </button>
    </header>
  );
}
