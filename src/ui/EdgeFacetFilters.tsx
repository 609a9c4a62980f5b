// Edge facets: one group of checkboxes per categorical edge attribute; unchecking a value hides its edges.
import type { FacetGroup } from './FiltersPanel';
import { useI18n } from './i18n/I18nContext';
import './filters.css';

export interface EdgeFacetFiltersProps {
  groups: readonly FacetGroup[];
  /** Hidden values per attribute. */
  hidden(attribute: string): readonly string[];
  onToggle(attribute: string, value: string): void;
}

export function EdgeFacetFilters({ groups, hidden, onToggle }: EdgeFacetFiltersProps) {
  const { t } = useI18n();
  if (groups.length === 0) return null;
  return (
    <section className="edge-facets" aria-label={t.filtersExtra.edgeAttributes}>
      <h3 className="range-filters-title">{t.filtersExtra.edgeAttributes}</h3>
      {groups.map((group) => (
        <fieldset className="facet" role="group" aria-label={group.label} key={group.facet}>
          <legend>{group.label}</legend>
          <ul className="facet-options">
            {group.options.map((option) => (
              <li key={option.value}>
                <label>
                  <input
                    type="checkbox"
                    checked={!hidden(group.facet).includes(option.value)}
                    onChange={() => onToggle(group.facet, option.value)}
                  />
                  {option.label} <span className="facet-count">({option.count})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
