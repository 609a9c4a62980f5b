// Filters: Province (any/all), Kind and Relation checkbox groups, each checkbox named by its value with a count.
import type { ProvinceMode } from '../state/types';
import { useI18n } from './i18n/I18nContext';

export interface FacetOption {
  value: string;
  label: string;
  /** Chinese name, for options that name entities (provinces). */
  labelZh?: string;
  count: number;
  color?: string;
}

export interface FiltersPanelProps {
  provinces: FacetOption[];
  selectedProvinces: readonly string[];
  provinceMode: ProvinceMode;
  provinceHelp: string;
  onToggleProvince(value: string): void;
  onProvinceMode(mode: ProvinceMode): void;
  kinds: FacetOption[];
  hiddenKinds: readonly string[];
  onToggleKind(value: string): void;
  relations: FacetOption[];
  hiddenRelations: readonly string[];
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
  const filtered =
    props.selectedProvinces.length > 0 || props.hiddenKinds.length > 0 || props.hiddenRelations.length > 0;
  return (
    <section className="filters-panel" aria-label={t.filters}>
      <CheckboxGroup
        name={t.province}
        options={props.provinces}
        isChecked={(value) => props.selectedProvinces.includes(value)}
        onToggle={props.onToggleProvince}
      >
        <div
          className="segmented"
          role="radiogroup"
          aria-label={t.provinceMode}
          aria-describedby="province-help"
        >
          <label>
            <input
              type="radio"
              name="province-mode"
              checked={props.provinceMode === 'any'}
              onChange={() => props.onProvinceMode('any')}
            />
            {t.anySelected}
          </label>
          <label>
            <input
              type="radio"
              name="province-mode"
              checked={props.provinceMode === 'all'}
              onChange={() => props.onProvinceMode('all')}
            />
            {t.sharedByAll}
          </label>
        </div>
        <details className="help-details">
          <summary>{t.whatDoesProvinceShow}</summary>
          <p className="help" id="province-help">
            {props.provinceHelp}
          </p>
        </details>
      </CheckboxGroup>
      <CheckboxGroup
        name={t.kind}
        options={props.kinds}
        isChecked={(value) => !props.hiddenKinds.includes(value)}
        onToggle={props.onToggleKind}
      />
      <details className="relation-filter">
        <summary>{t.relationsSummary}</summary>
        <CheckboxGroup
          name={t.relation}
          options={props.relations}
          isChecked={(value) => !props.hiddenRelations.includes(value)}
          onToggle={props.onToggleRelation}
        />
      </details>
      <button type="button" onClick={props.onReset} disabled={!filtered}>
        {t.resetFilters}
      </button>
    </section>
  );
}
