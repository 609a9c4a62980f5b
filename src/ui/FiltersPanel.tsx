// Filters: facet groups (Province, or a foreign graph's categories) with any/all, then Kind and Relation groups.
import { filtersOf, resetFilterList } from '../state/filterList';
import type { FacetMode, FilterEntry } from '../state/types';
import { useI18n } from './i18n/I18nContext';

export interface FacetOption {
  value: string;
  label: string;
  /** Chinese name, for options that name entities (provinces). */
  labelZh?: string;
  count: number;
  color?: string;
}

/** One facet filter's checkboxes: the province filter, or a categorical attribute of a foreign graph. */
export interface FacetGroup {
  facet: string;
  /** The group's accessible name, e.g. "Province". */
  label: string;
  options: FacetOption[];
}

export interface FiltersPanelProps {
  facetGroups: FacetGroup[];
  kinds: FacetOption[];
  relations: FacetOption[];
  /** The view's filters: what is checked is read from them. */
  filters: readonly FilterEntry[];
  /** The facet is the YRD's province facet (its own help, help title and mode label). */
  provinceFacet?: boolean;
  onToggleFacet(facet: string, value: string): void;
  onFacetMode(mode: FacetMode): void;
  onToggleKind(value: string): void;
  onToggleRelation(value: string): void;
  onReset(): void;
}

interface CheckboxGroupProps {
  name: string;
  options: FacetOption[];
  isChecked(value: string): boolean;
  onToggle(value: string): void;
  children?: React.ReactNode;
}

function CheckboxGroup({ name, options, isChecked, onToggle, children }: CheckboxGroupProps) {
  return (
    <fieldset className="facet" role="group" aria-label={name}>
      <legend>{name}</legend>
      <ul className="facet-options">
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                checked={isChecked(option.value)}
                onChange={() => onToggle(option.value)}
              />
              {option.color && (
                <span className="kind-dot" style={{ background: option.color }} aria-hidden="true" />
              )}
              {option.label} <span className="facet-count">({option.count})</span>
            </label>
          </li>
        ))}
      </ul>
      {children}
    </fieldset>
  );
}

export function FiltersPanel(props: FiltersPanelProps) {
  const { t } = useI18n();
  const facets = filtersOf(props.filters, 'facet');
  const facetMode = facets[0]?.mode ?? 'any';
  const hiddenKinds = filtersOf(props.filters, 'hiddenKinds')[0]?.kinds ?? [];
  const hiddenRelations = filtersOf(props.filters, 'hiddenRelations')[0]?.relations ?? [];
  const canReset = resetFilterList(props.filters).length < props.filters.length;
  const chosen = (facet: string) => facets.find((filter) => filter.facet === facet)?.values ?? [];
  return (
    <section className="filters-panel" aria-label={t.filters}>
      {props.facetGroups.map((group, index) => (
        <CheckboxGroup
          key={group.facet}
          name={group.label}
          options={group.options}
          isChecked={(value) => chosen(group.facet).includes(value)}
          onToggle={(value) => props.onToggleFacet(group.facet, value)}
        >
          {index === props.facetGroups.length - 1 && (
            <>
              <div
                className="segmented"
                role="radiogroup"
                aria-label={props.provinceFacet ? t.provinceMode : t.facetMode}
                aria-describedby="facet-help"
              >
                <label>
                  <input
                    type="radio"
                    name="facet-mode"
                    checked={facetMode === 'any'}
                    onChange={() => props.onFacetMode('any')}
                  />
                  {t.anySelected}
                </label>
                <label>
                  <input
                    type="radio"
                    name="facet-mode"
                    checked={facetMode === 'all'}
                    onChange={() => props.onFacetMode('all')}
                  />
                  {t.sharedByAll}
                </label>
              </div>
              <details className="help-details">
                <summary>{props.provinceFacet ? t.whatDoesProvinceShow : t.whatDoFacetsShow}</summary>
                <p className="help" id="facet-help">
                  {props.provinceFacet ? t.provinceRuleHelp : t.attributeFacetHelp}
                </p>
              </details>
            </>
          )}
        </CheckboxGroup>
      ))}
      {props.kinds.length > 0 && (
        <CheckboxGroup
          name={t.kind}
          options={props.kinds}
          isChecked={(value) => !hiddenKinds.includes(value)}
          onToggle={props.onToggleKind}
        />
      )}
      {props.relations.length > 0 && (
        <details className="relation-filter">
          <summary>{t.relationsSummary}</summary>
          <CheckboxGroup
            name={t.relation}
            options={props.relations}
            isChecked={(value) => !hiddenRelations.includes(value)}
            onToggle={props.onToggleRelation}
          />
        </details>
      )}
      <button type="button" onClick={props.onReset} disabled={!canReset}>
        {t.resetFilters}
      </button>
    </section>
  );
}
