// The evidence filter: show only the relations that chosen paragraphs of the source support.
import { useI18n } from './i18n/I18nContext';

export interface EvidencePreset {
  label: string;
  paragraphs: number[];
}

export interface EvidenceFilterProps {
  paragraphCount: number;
  selected: readonly number[];
  presets?: readonly EvidencePreset[];
  onChange(paragraphs: number[]): void;
}

export function EvidenceFilter({ paragraphCount, selected, presets = [], onChange }: EvidenceFilterProps) {
  const { t } = useI18n();
  const numbers = Array.from({ length: paragraphCount }, (_, i) => i + 1);
  const toggle = (paragraph: number) =>
    onChange(
      selected.includes(paragraph) ? selected.filter((p) => p !== paragraph) : [...selected, paragraph],
    );
  return (
    <fieldset className="facet evidence-filter" role="group" aria-label={t.evidence}>
      <legend>{t.evidence}</legend>
      <p className="help">{t.evidenceHelp}</p>
      <ul className="paragraph-grid">
        {numbers.map((paragraph) => (
          <li key={paragraph}>
            <label title={t.paragraphN(paragraph)}>
              <input
                type="checkbox"
                checked={selected.includes(paragraph)}
                onChange={() => toggle(paragraph)}
                aria-label={t.paragraphN(paragraph)}
              />
              ¶{paragraph}
            </label>
          </li>
        ))}
      </ul>
      <div className="evidence-presets">
        {presets.map((preset) => (
          <button key={preset.label} type="button" onClick={() => onChange(preset.paragraphs)}>
            {preset.label}
          </button>
        ))}
        <button type="button" onClick={() => onChange([])} disabled={selected.length === 0}>
          {t.allParagraphs}
        </button>
      </div>
    </fieldset>
  );
}
