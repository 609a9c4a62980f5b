// Weights: which numeric edge attribute weighs the edges (or none), and whether edge thickness shows it.
import { useId } from 'react';
import { useI18n } from './i18n/I18nContext';
import './filters.css';

export interface WeightControlsProps {
  /** The numeric edge attributes that may be used as weights. */
  attributes: readonly string[];
  /** The one in use, or null for none. */
  attribute: string | null;
  onAttribute(attribute: string | null): void;
  thickness: boolean;
  onThickness(on: boolean): void;
}

export function WeightControls(props: WeightControlsProps) {
  const { t } = useI18n();
  const helpId = useId();
  const { attribute } = props;
  return (
    <fieldset className="facet weight-controls" aria-describedby={attribute ? helpId : undefined}>
      <legend>{t.filtersExtra.weights}</legend>
      <label className="analysis-field range-add">
        <span>{t.filtersExtra.weightsFrom}</span>
        <select value={attribute ?? ''} onChange={(event) => props.onAttribute(event.target.value || null)}>
          <option value="">{t.filtersExtra.noWeights}</option>
          {props.attributes.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {attribute && (
        <>
          <label>
            <input
              type="checkbox"
              checked={props.thickness}
              onChange={(event) => props.onThickness(event.target.checked)}
            />
            {t.filtersExtra.edgeThickness(attribute)}
          </label>
          <p className="help" id={helpId}>
            {t.filtersExtra.weightsHelp(attribute)}
          </p>
        </>
      )}
    </fieldset>
  );
}
