// Weights: whether edge thickness shows the graph's weight attribute, and what the weighted metrics read.
import { useId } from 'react';
import { useI18n } from './i18n/I18nContext';
import './filters.css';

export interface WeightControlsProps {
  /** The edge attribute holding weights. */
  attribute: string;
  thickness: boolean;
  onThickness(on: boolean): void;
}

export function WeightControls({ attribute, thickness, onThickness }: WeightControlsProps) {
  const { t } = useI18n();
  const helpId = useId();
  return (
    <fieldset className="facet weight-controls">
      <legend>{t.filtersExtra.weights}</legend>
      <label>
        <input
          type="checkbox"
          checked={thickness}
          aria-describedby={helpId}
          onChange={(event) => onThickness(event.target.checked)}
        />
        {t.filtersExtra.edgeThickness(attribute)}
      </label>
      <p className="help" id={helpId}>
        {t.filtersExtra.weightsHelp(attribute)}
      </p>
    </fieldset>
  );
}
