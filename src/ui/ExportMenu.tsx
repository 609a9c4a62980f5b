// The Export menu: the current, filtered graph as GEXF, GraphML or JSON, and its nodes and edges as CSV.
import type { ExportFormat } from '../data/export/exportFormats';
import { useI18n } from './i18n/I18nContext';

export interface ExportMenuProps {
  formats: readonly ExportFormat[];
  onExport(format: ExportFormat): void;
}

export function ExportMenu({ formats, onExport }: ExportMenuProps) {
  const { t } = useI18n();
  return (
    <details className="export-menu">
      <summary>{t.exportMenu}</summary>
      <ul role="list">
        {formats.map((format) => (
          <li key={format}>
            <button
              type="button"
              onClick={(event) => {
                onExport(format);
                event.currentTarget.closest('details')?.removeAttribute('open');
              }}
            >
              {t.exportFormats[format]}
            </button>
          </li>
        ))}
      </ul>
      <p className="help">{t.exportHelp}</p>
    </details>
  );
}
