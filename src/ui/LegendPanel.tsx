// The legend: what node colours mean (kinds, communities or categories) with counts, and each relation's colour.
import type { FacetOption } from './FiltersPanel';
import { useI18n } from './i18n/I18nContext';

export interface LegendColour {
  label: string;
  color: string;
  count: number;
}

export interface LegendPanelProps {
  /** What the colours encode, e.g. "Kind" or "Louvain community". */
  title: string;
  colours: readonly LegendColour[];
  relations: FacetOption[];
}

export function LegendPanel({ title, colours, relations }: LegendPanelProps) {
  const { t } = useI18n();
  return (
    <section className="legend-panel" aria-label="Legend">
      <h2>{t.legendTitle(title)}</h2>
      <ul className="legend-kinds">
        {colours.map((entry) => (
          <li key={entry.label}>
            {entry.color && (
              <span className="kind-dot" style={{ background: entry.color }} aria-hidden="true" />
            )}{' '}
            {entry.label} <span className="facet-count">{entry.count}</span>
          </li>
        ))}
      </ul>
      {relations.length > 0 && (
        <details>
          <summary>
            {t.relationsSummary} ({relations.length})
          </summary>
          <ul className="legend-relations">
            {relations.map((relation) => (
              <li key={relation.value}>
                <span className="edge-swatch" style={{ background: relation.color }} aria-hidden="true" />{' '}
                {relation.label} <span className="facet-count">{relation.count}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
