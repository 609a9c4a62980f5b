// One numeric range filter: a histogram of the field's values (an SVG with a text alternative) and two number inputs.
import { useId, useState } from 'react';
import type { Histogram } from '../model/filters/rangeFields';
import { useI18n } from './i18n/I18nContext';
import './filters.css';

export interface RangeControlProps {
  /** The field's name in the interface language. */
  label: string;
  /** The values' histogram; null while they are computed (or when no node has one, with `empty`). */
  histogram: Histogram | null;
  /** No node has a value for the field. */
  empty?: boolean;
  /** Whole numbers only (the inputs step by 1). */
  integer: boolean;
  min: number;
  max: number;
  onChange(min: number, max: number): void;
  onRemove(): void;
}

const HISTOGRAM_WIDTH = 200;
const HISTOGRAM_HEIGHT = 40;

/** A short form of a value for text: whole numbers as they are, others to 3 significant digits. */
export function formatRangeValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}

function BoundInput(props: {
  label: string;
  value: number;
  integer: boolean;
  histogram: Histogram | null;
  onCommit(value: number): void;
}) {
  // The text typed, and the value it stands for: a new value from outside (the URL, the other bound) replaces it.
  const [draft, setDraft] = useState({ text: String(props.value), value: props.value });
  if (draft.value !== props.value) setDraft({ text: String(props.value), value: props.value });
  return (
    <label className="range-bound">
      <span>{props.label}</span>
      <input
        type="number"
        value={draft.text}
        step={props.integer ? 1 : 'any'}
        min={props.histogram?.min}
        max={props.histogram?.max}
        onChange={(event) => {
          const text = event.target.value;
          const value = text.trim() === '' ? NaN : Number(text);
          const valid = Number.isFinite(value);
          setDraft({ text, value: valid ? value : props.value });
          if (valid) props.onCommit(value);
        }}
        onBlur={() => setDraft({ text: String(props.value), value: props.value })}
      />
    </label>
  );
}

function HistogramSvg({
  histogram,
  min,
  max,
  label,
}: {
  histogram: Histogram;
  min: number;
  max: number;
  label: string;
}) {
  const { t } = useI18n();
  const { counts } = histogram;
  const tallest = Math.max(...counts, 1);
  const barWidth = HISTOGRAM_WIDTH / counts.length;
  const width = (histogram.max - histogram.min) / counts.length;
  const total = counts.reduce((sum, n) => sum + n, 0);
  const range = `${formatRangeValue(histogram.min)}–${formatRangeValue(histogram.max)}`;
  const text = t.filtersExtra.histogram(label, total, range, counts.join(', '));
  return (
    <svg
      className="range-histogram"
      role="img"
      aria-label={text}
      viewBox={`0 0 ${HISTOGRAM_WIDTH} ${HISTOGRAM_HEIGHT}`}
      preserveAspectRatio="none"
    >
      <title>{text}</title>
      {counts.map((count, index) => {
        const low = histogram.min + index * width;
        const high = index === counts.length - 1 ? histogram.max : low + width;
        const inRange = high >= min && low <= max;
        const height = (count / tallest) * HISTOGRAM_HEIGHT;
        return (
          <rect
            key={index}
            className={inRange ? 'in-range' : 'out-of-range'}
            x={index * barWidth + 0.5}
            y={HISTOGRAM_HEIGHT - height}
            width={Math.max(barWidth - 1, 0.5)}
            height={height}
          />
        );
      })}
    </svg>
  );
}

export function RangeControl(props: RangeControlProps) {
  const { t } = useI18n();
  const helpId = useId();
  const { histogram, min, max } = props;
  return (
    <fieldset className="facet range-control" aria-describedby={helpId}>
      <legend>{props.label}</legend>
      {histogram ? (
        <HistogramSvg histogram={histogram} min={min} max={max} label={props.label} />
      ) : (
        <p className="help" role="status">
          {props.empty ? t.filtersExtra.rangeNoValues : t.filtersExtra.rangeWaiting}
        </p>
      )}
      <div className="range-bounds">
        <BoundInput
          label={t.filtersExtra.minimumOf(props.label)}
          value={min}
          integer={props.integer}
          histogram={histogram}
          onCommit={(value) => props.onChange(value, Math.max(value, max))}
        />
        <BoundInput
          label={t.filtersExtra.maximumOf(props.label)}
          value={max}
          integer={props.integer}
          histogram={histogram}
          onCommit={(value) => props.onChange(Math.min(min, value), value)}
        />
      </div>
      <p className="help" id={helpId}>
        {t.filtersExtra.rangeHelp}
      </p>
      <button type="button" onClick={props.onRemove}>
        {t.filtersExtra.removeRange(props.label)}
      </button>
    </fieldset>
  );
}
