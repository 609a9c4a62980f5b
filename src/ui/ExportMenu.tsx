// The Export menu: the current, filtered graph as GEXF, GraphML or JSON, and its nodes and edges as CSV.
import { useI18n } from './i18n/I18nContext';

export interface ExportChoice {
  format: string;
  label: string;
}

export interface ExportMenuProps {
  choices: readonly ExportChoice[];
  onExport(format: string): void;
}

export function ExportMenu({ choices, onExport }: ExportMenuProps) {
  const { t } = useI18n();
  return (
    <details className="export-menu">
      <summary>{t.exportMenu}</summary>
      <ul role="list">
        {choices.map((choice) => (
          <li key={choice.format}>
            <button
              type="button"
              onClick={(event) => {
                onExport(choice.format);
                event.currentTarget.closest('details')?.removeAttribute('open');
              }}
            >
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
      <p className="help">{t.exportHelp}</p>
    </details>
  );
}
