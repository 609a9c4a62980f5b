// The stage filter: all statements, only new ones, or only continuing ones (resolutions and pledges carry a stage).
import { useId } from 'react';
import type { Stage } from '../model/stages';
import type { FacetOption } from './FiltersPanel';
import { useI18n } from './i18n/I18nContext';
import './filters.css';

export interface StageFilterProps {
  /** The stages the graph carries, with their edge counts (value: the stage). */
  stages: readonly FacetOption[];
  /** The chosen stage, or null for all. */
  stage: Stage | null;
  onChange(stage: Stage | null): void;
}

export function StageFilter({ stages, stage, onChange }: StageFilterProps) {
  const { t } = useI18n();
  const name = useId();
  const helpId = `${name}-help`;
  const choices: { value: Stage | null; label: string; count?: number }[] = [
    { value: null, label: t.filtersExtra.stageAll },
    ...stages.map((option) => ({
      value: option.value as Stage,
      label: t.filtersExtra.stageNames[option.value] ?? option.value,
      count: option.count,
    })),
  ];
  return (
    <fieldset
      className="facet stage-filter"
      role="radiogroup"
      aria-label={t.filtersExtra.stage}
      aria-describedby={helpId}
    >
      <legend>{t.filtersExtra.stage}</legend>
      <div className="segmented">
        {choices.map((choice) => (
          <label key={choice.value ?? 'all'}>
            <input
              type="radio"
              name={name}
              checked={stage === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
            {choice.count !== undefined && <span className="facet-count"> ({choice.count})</span>}
          </label>
        ))}
      </div>
      <p className="help" id={helpId}>
        {t.filtersExtra.stageHelp}
      </p>
    </fieldset>
  );
}
