// The evidence filter: show only the relations that chosen paragraphs of the source support.

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
  const numbers = Array.from({ length: paragraphCount }, (_, i) => i + 1);
  const toggle = (paragraph: number) =>
    onChange(
      selected.includes(paragraph) ? selected.filter((p) => p !== paragraph) : [...selected, paragraph],
    );
  return (
    <fieldset className="facet evidence-filter" role="group" aria-label="Evidence">
      <legend>Evidence</legend>
      <p className="help">Show only the relations that these paragraphs of the source state.</p>
      <ul className="paragraph-grid">
        {numbers.map((paragraph) => (
          <li key={paragraph}>
            <label title={`Paragraph ${paragraph}`}>
              <input
                type="checkbox"
                checked={selected.includes(paragraph)}
                onChange={() => toggle(paragraph)}
                aria-label={`Paragraph ${paragraph}`}
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
          All paragraphs
        </button>
      </div>
    </fieldset>
  );
}
