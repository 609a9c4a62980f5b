// The app's view state: plain JSON (arrays, no Sets, no functions), so it round-trips through the URL.

export type ProvinceMode = 'any' | 'all';

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  /** Selected node key, or null. */
  node: string | null;
  /** Selected edge key, or null (a node and an edge are never selected together). */
  edge: string | null;
  /** Province node keys of the province filter, in the graph's order. */
  provinces: string[];
  provinceMode: ProvinceMode;
  /** Node kinds unchecked in the Kind filter. */
  hiddenKinds: string[];
  /** Relations unchecked in the Relation filter. */
  hiddenRelations: string[];
  camera: CameraState | null;
}

/** What the URL decoder needs to know about the loaded graph to check decoded values. */
export interface ViewContext {
  hasNode(key: string): boolean;
  hasEdge(key: string): boolean;
  /** Province node keys, in display order. */
  provinces: readonly string[];
  kinds: readonly string[];
  relations: readonly string[];
}
