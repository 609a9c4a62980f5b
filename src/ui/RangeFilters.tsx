// Numeric range filters: a choice of field to add, then one range control (histogram, bounds) per active field.
import type { Histogram } from '../model/filters/rangeFields';
import { useI18n } from './i18n/I18nContext';
import { RangeControl } from './RangeControl';
import './filters.css';

export interface RangeFieldView {
  field: string;
  label: string;
  histogram: Histogram | null;
  empty: boolean;
  integer: boolean;
  min: number;
  max: number;
}

export interface RangeFiltersProps {
  /** The fields a range may be set on (labelled in the interface language). */
  fields: readonly { id: string; label: string }[];
  /** The active ranges (and one being prepared, while its values are computed). */
  active: readonly RangeFieldView[];
  onAdd(field: string): void;
  onChange(field: string, min: number, max: number): void;
  onRemove(field: string): void;
}

export function RangeFilters({ fields, active, onAdd, onChange, onRemove }: RangeFiltersProps) {
  const { t } = useI18n();
  const activeFields = new Set(active.map((view) => view.field));
  const available = fields.filter((field) => !activeFields.has(field.id));
  if (fields.length === 0) return null;
  return (
    <section className="range-filters" aria-label={t.filtersExtra.ranges}>
      <h3 className="range-filters-title">{t.filtersExtra.ranges}</h3>
      {active.map((view) => (
        <RangeControl
          key={view.field}
          label={view.label}
          histogram={view.histogram}
          empty={view.empty}
          integer={view.integer}
          min={view.min}
          max={view.max}
          onChange={(min, max) => onChange(view.field, min, max)}
          onRemove={() => onRemove(view.field)}
        />
      ))}
      {available.length > 0 && (
        <label className="analysis-field range-add">
          <span>{t.filtersExtra.addRange}</span>
          <select
            value=""
            onChange={(event) => {
              if (event.target.value) onAdd(event.target.value);
            }}
          >
            <option value="">{t.filtersExtra.chooseField}</option>
            {available.map((field) => (
              <option key={field.id} value={field.id}>
                {field.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
