// The encoding controls of the Metrics panel: "Size by", "Colour by" and the ego network's depth.
import { useId } from 'react';
import { EGO_DEPTH_MAX, EGO_DEPTH_MIN } from '../model/egoNetwork';
import {
  COLOUR_BY_BUILT_IN,
  SIZE_BY_BUILT_IN,
  type BuiltInEncoding,
  type EncodingOption,
} from '../style/encodingOptions';
import { useI18n } from './i18n/I18nContext';

export interface EncodingControlsProps {
  sizeBy: string;
  colourBy: string;
  /** Numeric node attributes of the graph, offered under "Size by" after the metrics. */
  numericAttributes?: readonly EncodingOption[] | undefined;
  /** Categorical node attributes of the graph, offered under "Colour by" after kind and community. */
  categoricalAttributes?: readonly EncodingOption[] | undefined;
  /** More structural "Size by" choices, labelled already (weighted degree, when the graph has weights). */
  extraSizeOptions?: readonly EncodingOption[] | undefined;
  onSizeBy(id: string): void;
  onColourBy(id: string): void;
  /** Ego-network depth around the selected node (1..3), or null when off. */
  depth: number | null;
  onDepth(depth: number | null): void;
  /** The selected node's name, or null when nothing is selected (Depth is then disabled). */
  selectedLabel: string | null;
}

function EncodingSelect(props: {
  label: string;
  value: string;
  builtIn: readonly BuiltInEncoding[];
  extra?: readonly EncodingOption[] | undefined;
  attributes: readonly EncodingOption[];
  onChange(id: string): void;
}) {
  const { t } = useI18n();
  const extra = (props.extra ?? []).map((option) => (
    <option key={option.id} value={option.id}>
      {option.label}
    </option>
  ));
  return (
    <label className="analysis-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.attributes.length === 0 ? (
          <>
            {props.builtIn.map((id) => (
              <option key={id} value={id}>
                {t.analysis.encodings[id]}
              </option>
            ))}
            {extra}
          </>
        ) : (
          <>
            <optgroup label={t.analysis.structure}>
              {props.builtIn.map((id) => (
                <option key={id} value={id}>
                  {t.analysis.encodings[id]}
                </option>
              ))}
              {extra}
            </optgroup>
            <optgroup label={t.analysis.attributes}>
              {props.attributes.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          </>
        )}
      </select>
    </label>
  );
}

function DepthInput({
  depth,
  onDepth,
  selectedLabel,
}: Pick<EncodingControlsProps, 'depth' | 'onDepth' | 'selectedLabel'>) {
  const { t } = useI18n();
  const hintId = useId();
  const onChange = (raw: string) => {
    if (raw.trim() === '') return onDepth(null);
    const value = Math.round(Number(raw));
    if (Number.isFinite(value)) onDepth(Math.min(EGO_DEPTH_MAX, Math.max(EGO_DEPTH_MIN, value)));
  };
  return (
    <div className="analysis-field">
      <label>
        <span>{t.analysis.depth}</span>
        <input
          type="number"
          min={EGO_DEPTH_MIN}
          max={EGO_DEPTH_MAX}
          step={1}
          value={selectedLabel === null ? '' : (depth ?? '')}
          disabled={selectedLabel === null}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      <p className="help" id={hintId}>
        {selectedLabel === null
          ? t.analysis.depthHintNone
          : t.analysis.depthHint(selectedLabel, EGO_DEPTH_MIN, EGO_DEPTH_MAX)}
      </p>
    </div>
  );
}

export function EncodingControls(props: EncodingControlsProps) {
  const { t } = useI18n();
  return (
    <div className="analysis-controls">
      <EncodingSelect
        label={t.analysis.sizeBy}
        value={props.sizeBy}
        builtIn={SIZE_BY_BUILT_IN}
        extra={props.extraSizeOptions}
        attributes={props.numericAttributes ?? []}
        onChange={props.onSizeBy}
      />
      <EncodingSelect
        label={t.analysis.colourBy}
        value={props.colourBy}
        builtIn={COLOUR_BY_BUILT_IN}
        attributes={props.categoricalAttributes ?? []}
        onChange={props.onColourBy}
      />
      <DepthInput depth={props.depth} onDepth={props.onDepth} selectedLabel={props.selectedLabel} />
    </div>
  );
}
