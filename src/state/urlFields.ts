// The URL field table: for each part of the view, its parameter, how it is written (encode), read (decode) and
// checked against the loaded graph (clean). encodeView, decodeView and cleanView only walk this table.
import { DEFAULT_VIEW_STATE } from './defaults';
import { FILTER_CODECS, FILTER_TYPES, type FilterCodec } from './filterCodecs';
import { normaliseFilters } from './filterList';
import {
  isLanguage,
  type CameraState,
  type FilterEntry,
  type FilterType,
  type ViewContext,
  type ViewState,
} from './types';
import { readInteger, readList, type RawView } from './urlText';

export interface UrlField<Raw = unknown> {
  /** The parameters this field writes for a view; defaults write none. */
  encode(view: ViewState, context: ViewContext): [string, string][];
  /** Syntax only: its parameters' untrusted text as a raw value; undefined when absent. */
  decode(raw: RawView, context: ViewContext): Raw | undefined;
  /** Meaning: the raw value checked against the graph, set on the view being built (the default when invalid). */
  clean(raw: Raw | undefined, context: ViewContext, view: ViewState): ViewState;
}

/** A field that is one key of the view state, in one parameter. */
function field<K extends keyof ViewState, Raw>(
  key: K,
  param: string,
  codec: {
    encode(value: ViewState[K]): string | null;
    decode(text: string): Raw | undefined;
    clean(raw: Raw | undefined, context: ViewContext, view: ViewState): ViewState[K];
  },
): UrlField<Raw> {
  return {
    encode: (view) => {
      const text = view[key] === DEFAULT_VIEW_STATE[key] ? null : codec.encode(view[key]);
      return text === null ? [] : [[param, text]];
    },
    decode: (raw) => {
      const text = raw.get(param);
      return text ? codec.decode(text) : undefined;
    },
    clean: (raw, context, view) => ({ ...view, [key]: codec.clean(raw, context, view) }),
  };
}

const text = (value: string) => value;
const nodeOrNull = (raw: string | undefined, context: ViewContext) =>
  raw !== undefined && context.hasNode(raw) ? raw : null;
/** One of the allowed values, else the default. */
const oneOf =
  <K extends 'sizeBy' | 'colourBy'>(key: K, options: (context: ViewContext) => readonly string[]) =>
  (raw: string | undefined, context: ViewContext) =>
    raw !== undefined && options(context).includes(raw) ? raw : DEFAULT_VIEW_STATE[key];

/** Colour by: the graph's own default (an attribute chosen automatically) stays out of the URL like any default. */
const colourByField: UrlField<string> = {
  encode: (view, context) =>
    view.colourBy === (context.defaultColourBy ?? DEFAULT_VIEW_STATE.colourBy)
      ? []
      : [['colour', view.colourBy]],
  decode: (raw) => raw.get('colour') || undefined,
  clean: (raw, context, view) => ({
    ...view,
    colourBy:
      raw !== undefined && context.colourOptions.includes(raw)
        ? raw
        : (context.defaultColourBy ?? DEFAULT_VIEW_STATE.colourBy),
  }),
};

const CAMERA_DIGITS = 4;
const roundCamera = (value: number) => Number(value.toFixed(CAMERA_DIGITS));

function cleanCamera(values: number[] | undefined): CameraState | null {
  if (!values || values.length !== 3 || !values.every(Number.isFinite)) return null;
  const [x, y, ratio] = values as [number, number, number];
  if (ratio <= 0 || ratio > 1000 || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) return null;
  return { x: roundCamera(x), y: roundCamera(y), ratio: roundCamera(ratio) };
}

/** The filter list, as one field: each filter type's codec entry writes and reads its own parameters. */
const filtersField: UrlField<Map<FilterType, unknown>> = {
  encode: (view, context) =>
    FILTER_TYPES.flatMap((type) =>
      (FILTER_CODECS[type] as FilterCodec<FilterType, unknown>).encode(
        view.filters.filter((filter) => filter.type === type),
        context,
      ),
    ),
  decode: (raw, context) => {
    const decoded = new Map<FilterType, unknown>();
    for (const type of FILTER_TYPES) {
      const value = FILTER_CODECS[type].decode(raw, context);
      if (value !== undefined) decoded.set(type, value);
    }
    return decoded;
  },
  clean: (raw, context, view) => ({
    ...view,
    filters: normaliseFilters(
      [...(raw ?? [])].flatMap(([type, value]): FilterEntry[] => FILTER_CODECS[type].clean(value, context)),
    ),
  }),
};

/** In URL order. */
export const URL_FIELDS: readonly UrlField[] = [
  field('node', 'node', { encode: text, decode: text, clean: nodeOrNull }),
  field('edge', 'edge', {
    encode: text,
    decode: text,
    // A node and an edge are never selected together: the node wins.
    clean: (raw, context, view) => (!view.node && raw !== undefined && context.hasEdge(raw) ? raw : null),
  }),
  filtersField,
  field('camera', 'camera', {
    encode: (camera) => (camera ? [camera.x, camera.y, camera.ratio].map(roundCamera).join(',') : null),
    decode: (value) => readList(value)?.map(Number),
    clean: cleanCamera,
  }),
  field('panel', 'panel', {
    encode: text,
    decode: text,
    // Only a panel this dataset offers; otherwise the first it offers (Details).
    clean: (raw, context) =>
      context.panels.find((panel) => panel === raw) ??
      (context.panels.includes(DEFAULT_VIEW_STATE.panel) ? DEFAULT_VIEW_STATE.panel : context.panels[0]) ??
      DEFAULT_VIEW_STATE.panel,
  }),
  field('focusParagraph', 'focus', {
    encode: String,
    decode: text,
    clean: (raw, context) => readInteger(raw, 1, context.paragraphCount),
  }),
  field('pathFrom', 'from', { encode: text, decode: text, clean: nodeOrNull }),
  field('pathTo', 'to', { encode: text, decode: text, clean: nodeOrNull }),
  field('sizeBy', 'size', { encode: text, decode: text, clean: oneOf('sizeBy', (c) => c.sizeOptions) }),
  colourByField,
  field('lang', 'lang', {
    encode: text,
    decode: text,
    clean: (raw) => (isLanguage(raw) ? raw : DEFAULT_VIEW_STATE.lang),
  }),
];
