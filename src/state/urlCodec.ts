// The URL codec: view state <-> query string, leaving defaults out, and cleaning decoded values against the graph.
import { DEFAULT_VIEW_STATE, MAX_EGO_DEPTH, MIN_EGO_DEPTH } from './defaults';
import {
  isLanguage,
  PANELS,
  type CameraState,
  type PanelName,
  type ViewContext,
  type ViewState,
} from './types';

/** Untrusted values as read from a URL, before they are checked against the graph. */
export interface RawView {
  node?: string;
  edge?: string;
  /** facet id -> raw values (the province facet from `provinces=`, others from `f.<facet>=`). */
  facets?: { facet: string; values: string[] }[];
  facetMode?: string;
  hiddenKinds?: string[];
  hiddenRelations?: string[];
  camera?: number[];
  panel?: string;
  focusParagraph?: string;
  evidenceParagraphs?: string[];
  pathFrom?: string;
  pathTo?: string;
  sizeBy?: string;
  colourBy?: string;
  depth?: string;
  lang?: string;
}

const PROVINCE_PREFIX = 'province/';
const PROVINCE_FACET = 'province';
const FACET_PREFIX = 'f.';
const MAX_FACETS = 50;

/** The URL parameter of a facet: `provinces` for the province facet, `f.<facet>` for the others. */
const facetParam = (facet: string) => (facet === PROVINCE_FACET ? 'provinces' : `${FACET_PREFIX}${facet}`);

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
const CAMERA_DIGITS = 4;
/** Anything longer than this in one parameter is ignored as garbage. */
const MAX_PARAM_LENGTH = 4096;

const roundCamera = (value: number) => Number(value.toFixed(CAMERA_DIGITS));
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : undefined);
const shortProvince = (key: string) =>
  key.startsWith(PROVINCE_PREFIX) ? key.slice(PROVINCE_PREFIX.length) : key;

export function encodeView(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  if (state.edge) params.set('edge', state.edge);
  for (const { facet, values } of state.facets) {
    if (values.length === 0) continue;
    const shown = facet === PROVINCE_FACET ? values.map(shortProvince) : values;
    params.set(facetParam(facet), shown.map(encodeURIComponent).join(','));
  }
  if (state.facetMode !== DEFAULT_VIEW_STATE.facetMode) params.set('mode', state.facetMode);
  if (state.hiddenKinds.length) params.set('hideKinds', state.hiddenKinds.join(','));
  if (state.hiddenRelations.length) params.set('hideRelations', state.hiddenRelations.join(','));
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    params.set('camera', [x, y, ratio].map(roundCamera).join(','));
  }
  if (state.panel !== DEFAULT_VIEW_STATE.panel) params.set('panel', state.panel);
  if (state.focusParagraph !== null) params.set('focus', String(state.focusParagraph));
  if (state.evidenceParagraphs.length) params.set('paragraphs', state.evidenceParagraphs.join(','));
  if (state.pathFrom) params.set('from', state.pathFrom);
  if (state.pathTo) params.set('to', state.pathTo);
  if (state.sizeBy !== DEFAULT_VIEW_STATE.sizeBy) params.set('size', state.sizeBy);
  if (state.colourBy !== DEFAULT_VIEW_STATE.colourBy) params.set('colour', state.colourBy);
  if (state.depth !== null) params.set('depth', String(state.depth));
  if (state.lang !== DEFAULT_VIEW_STATE.lang) params.set('lang', state.lang);
  return params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
}

export function decodeView(search: string): RawView {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {};
  }
  const get = (name: string) => {
    const value = params.get(name);
    return value !== null && value.length <= MAX_PARAM_LENGTH ? value : null;
  };
  const raw: RawView = {};
  const node = get('node');
  if (node) raw.node = node;
  const edge = get('edge');
  if (edge) raw.edge = edge;
  const facets: { facet: string; values: string[] }[] = [];
  for (const key of new Set(params.keys())) {
    const facet =
      key === 'provinces'
        ? PROVINCE_FACET
        : key.startsWith(FACET_PREFIX)
          ? key.slice(FACET_PREFIX.length)
          : null;
    const values = facet && facets.length < MAX_FACETS ? list(get(key)) : undefined;
    if (facet && values) facets.push({ facet, values: values.map(safeDecode) });
  }
  if (facets.length) raw.facets = facets;
  const mode = get('mode');
  if (mode) raw.facetMode = mode;
  const hiddenKinds = list(get('hideKinds'));
  if (hiddenKinds) raw.hiddenKinds = hiddenKinds;
  const hiddenRelations = list(get('hideRelations'));
  if (hiddenRelations) raw.hiddenRelations = hiddenRelations;
  const camera = list(get('camera'));
  if (camera) raw.camera = camera.map(Number);
  const panel = get('panel');
  if (panel) raw.panel = panel;
  const focus = get('focus');
  if (focus) raw.focusParagraph = focus;
  const paragraphs = list(get('paragraphs'));
  if (paragraphs) raw.evidenceParagraphs = paragraphs;
  const from = get('from');
  if (from) raw.pathFrom = from;
  const to = get('to');
  if (to) raw.pathTo = to;
  const size = get('size');
  if (size) raw.sizeBy = size;
  const colour = get('colour');
  if (colour) raw.colourBy = colour;
  const depth = get('depth');
  if (depth) raw.depth = depth;
  const lang = get('lang');
  if (lang) raw.lang = lang;
  return raw;
}

function cleanCamera(values: number[] | undefined): CameraState | null {
  if (!values || values.length !== 3 || !values.every(Number.isFinite)) return null;
  const [x, y, ratio] = values as [number, number, number];
  if (ratio <= 0 || ratio > 1000 || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) return null;
  return { x: roundCamera(x), y: roundCamera(y), ratio: roundCamera(ratio) };
}

/** A paragraph number written in decimal digits, within 1..count; anything else is null. */
function cleanParagraph(value: string | undefined, count: number): number | null {
  if (!value || !/^[1-9][0-9]{0,5}$/.test(value)) return null;
  const paragraph = Number(value);
  return paragraph <= count ? paragraph : null;
}

function cleanDepth(value: string | undefined): number | null {
  if (!value || !/^[0-9]$/.test(value)) return null;
  const depth = Number(value);
  return depth >= MIN_EGO_DEPTH && depth <= MAX_EGO_DEPTH ? depth : null;
}

/** Keeps only known, valid values from a decoded URL (in the graph's order, without duplicates). */
export function cleanView(raw: RawView, context: ViewContext): ViewState {
  const facets = context.facets.flatMap(({ facet, values: allowed }) => {
    const rawValues = raw.facets?.find((selection) => selection.facet === facet)?.values ?? [];
    const wanted = new Set(
      facet === PROVINCE_FACET
        ? rawValues.map((p) => (p.startsWith(PROVINCE_PREFIX) ? p : PROVINCE_PREFIX + p))
        : rawValues,
    );
    const values = allowed.filter((value) => wanted.has(value));
    return values.length ? [{ facet, values }] : [];
  });
  const pick = (order: readonly string[], values: string[] | undefined) =>
    order.filter((item) => values?.includes(item));
  const node = raw.node && context.hasNode(raw.node) ? raw.node : null;
  const edge = !node && raw.edge && context.hasEdge(raw.edge) ? raw.edge : null;
  return {
    node,
    edge,
    facets: facets.sort((a, b) => a.facet.localeCompare(b.facet)),
    facetMode: raw.facetMode === 'all' ? 'all' : 'any',
    hiddenKinds: pick(context.kinds, raw.hiddenKinds),
    hiddenRelations: pick(context.relations, raw.hiddenRelations),
    camera: cleanCamera(raw.camera),
    panel: (PANELS as readonly string[]).includes(raw.panel ?? '') ? (raw.panel as PanelName) : 'details',
    focusParagraph: cleanParagraph(raw.focusParagraph, context.paragraphCount),
    evidenceParagraphs: [
      ...new Set(
        (raw.evidenceParagraphs ?? [])
          .map((p) => cleanParagraph(p, context.paragraphCount))
          .filter((p): p is number => p !== null),
      ),
    ].sort((a, b) => a - b),
    pathFrom: raw.pathFrom && context.hasNode(raw.pathFrom) ? raw.pathFrom : null,
    pathTo: raw.pathTo && context.hasNode(raw.pathTo) ? raw.pathTo : null,
    sizeBy: raw.sizeBy && context.sizeOptions.includes(raw.sizeBy) ? raw.sizeBy : DEFAULT_VIEW_STATE.sizeBy,
    colourBy:
      raw.colourBy && context.colourOptions.includes(raw.colourBy)
        ? raw.colourBy
        : DEFAULT_VIEW_STATE.colourBy,
    depth: cleanDepth(raw.depth),
    lang: isLanguage(raw.lang) ? raw.lang : DEFAULT_VIEW_STATE.lang,
  };
}
