// The URL codec: view state <-> query string, leaving defaults out, and cleaning decoded values against the graph.
import { DEFAULT_VIEW_STATE } from './defaults';
import type { CameraState, ViewContext, ViewState } from './types';

/** Untrusted values as read from a URL, before they are checked against the graph. */
export interface RawView {
  node?: string;
  edge?: string;
  provinces?: string[];
  provinceMode?: string;
  hiddenKinds?: string[];
  hiddenRelations?: string[];
  camera?: number[];
}

const PROVINCE_PREFIX = 'province/';
const CAMERA_DIGITS = 4;
/** Anything longer than this in one parameter is ignored as garbage. */
const MAX_PARAM_LENGTH = 4096;

const roundCamera = (value: number) => Number(value.toFixed(CAMERA_DIGITS));
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : undefined);
const shortProvince = (key: string) => (key.startsWith(PROVINCE_PREFIX) ? key.slice(PROVINCE_PREFIX.length) : key);

export function encodeView(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  if (state.edge) params.set('edge', state.edge);
  if (state.provinces.length) params.set('provinces', state.provinces.map(shortProvince).join(','));
  if (state.provinceMode !== DEFAULT_VIEW_STATE.provinceMode) params.set('mode', state.provinceMode);
  if (state.hiddenKinds.length) params.set('hideKinds', state.hiddenKinds.join(','));
  if (state.hiddenRelations.length) params.set('hideRelations', state.hiddenRelations.join(','));
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    params.set('camera', [x, y, ratio].map(roundCamera).join(','));
  }
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
  const provinces = list(get('provinces'));
  if (provinces) raw.provinces = provinces;
  const mode = get('mode');
  if (mode) raw.provinceMode = mode;
  const hiddenKinds = list(get('hideKinds'));
  if (hiddenKinds) raw.hiddenKinds = hiddenKinds;
  const hiddenRelations = list(get('hideRelations'));
  if (hiddenRelations) raw.hiddenRelations = hiddenRelations;
  const camera = list(get('camera'));
  if (camera) raw.camera = camera.map(Number);
  return raw;
}

function cleanCamera(values: number[] | undefined): CameraState | null {
  if (!values || values.length !== 3 || !values.every(Number.isFinite)) return null;
  const [x, y, ratio] = values as [number, number, number];
  if (ratio <= 0 || ratio > 1000 || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) return null;
  return { x: roundCamera(x), y: roundCamera(y), ratio: roundCamera(ratio) };
}

/** Keeps only known, valid values from a decoded URL (in the graph's order, without duplicates). */
export function cleanView(raw: RawView, context: ViewContext): ViewState {
  const provinceSet = new Set(
    (raw.provinces ?? []).map((p) => (p.startsWith(PROVINCE_PREFIX) ? p : PROVINCE_PREFIX + p)),
  );
  const pick = (order: readonly string[], values: string[] | undefined) =>
    order.filter((item) => values?.includes(item));
  const node = raw.node && context.hasNode(raw.node) ? raw.node : null;
  const edge = !node && raw.edge && context.hasEdge(raw.edge) ? raw.edge : null;
  return {
    node,
    edge,
    provinces: context.provinces.filter((p) => provinceSet.has(p)),
    provinceMode: raw.provinceMode === 'all' ? 'all' : 'any',
    hiddenKinds: pick(context.kinds, raw.hiddenKinds),
    hiddenRelations: pick(context.relations, raw.hiddenRelations),
    camera: cleanCamera(raw.camera),
  };
}
