// The app's tunables in one typed object: DEFAULT_SETTINGS, checked by validateSettings, merged by resolveSettings.

export interface SizeRange {
  min: number;
  max: number;
}

export interface Settings {
  /**
   * Above this many edges, edges that are not highlighted are drawn as plain 1-pixel lines instead of arrows (and
   * parallel ones straight), and the view pans and zooms without edges and labels. Without a GPU, Chromium
   * rasterises WebGL in software and the page waits for it: for 250,000 edges, arrows take ~5.6 s per frame and
   * lines ~1.5 s (measured with bare sigma). Highlighted edges keep their arrows, curves and width.
   */
  lineEdgesAbove: number;
  /**
   * Files up to this many bytes are imported on the page's own thread, in one task: faster than starting the import
   * worker and copying the graph back in parts (a 10,000-node, 4 MB JSON: ~130 ms sooner on screen, measured
   * A/B). Larger files go to the worker, so that the page stays responsive while they are read.
   */
  mainThreadImportMaxBytes: number;
  /**
   * At startup the graph is drawn before the interface's code is fetched (app/drawStartFrame, app/startInterface). For
   * a graph still loading this long after the start (or as soon as a worker reads the file), the interface is fetched
   * anyway, shows the load's progress and draws the graph itself. (At 1 s, it would be fetched while a 10k graph is
   * still being built and drawn.)
   */
  firstFrameWaitMs: number;
  /**
   * Above this many edges, Details renders a new selection after the graph has been redrawn for it, at a lower
   * priority: re-styling every edge then takes a few hundred ms without a GPU, and the highlight should not also
   * wait for Details' render and the layout it forces. Smaller graphs redraw quickly, and Details comes with the
   * selection (deferred, it would wait for the camera's glide to the selection: ~0.2–0.4 s on the YRD graph).
   */
  detailsAfterRedrawAbove: number;
  /** Graphs up to this many nodes get every metric computed as soon as one is needed (the table needs them all). */
  computeAllMetricsUpTo: number;
  /** A selection's edges carry their relation's label only up to this many (more would pile up). */
  maxEdgeLabels: number;
  /** Curvature step between parallel edges (the same as @sigma/edge-curve's default, which cannot load in node). */
  parallelCurvature: number;
  /** Node sizes in pixels for the smallest and the largest value of the size encoding. */
  nodeSizeRange: SizeRange;
  /** Edge widths in pixels for the smallest and the largest weight, when edge thickness shows weights. */
  edgeSizeRange: SizeRange;
  /** Up to this many nodes, the full size range; beyond, sizes shrink so a crowded graph stays legible. */
  uncrowdedNodes: number;
  /** The smallest share of the full size range a crowded graph gets (50,000 nodes: 1 to 5.5 px). */
  minSizeFactor: number;
  /**
   * Above this many nodes, nodes faded by a selection, hover or path shrink to `fadedNodeScale` of their size:
   * sigma draws every node above every edge, and in a crowded graph the faded discs hid most of the highlighted
   * edges between the selection and its neighbours. Small graphs keep their sizes (the view does not jump on hover).
   */
  shrinkFadedNodesAbove: number;
  fadedNodeScale: number;
  camera: {
    /** The camera is written to the URL this long after the user stops panning or zooming. */
    saveDelayMs: number;
    /** The glide to a newly selected node. */
    focusDurationMs: number;
    /** The glide to a selected node zooms in to at least this camera ratio (with 64 px of stage padding). */
    focusMaxRatio: number;
    /** Zoom in, zoom out and fit. */
    zoomDurationMs: number;
    zoomFactor: number;
  };
  layout: {
    /** ForceAtlas2 stops by itself after this long. */
    forceAtlas2MaxMs: number;
    /** Above this many nodes ForceAtlas2 uses the Barnes–Hut approximation. */
    barnesHutAbove: number;
    /** How often the layout's progress is updated. */
    progressIntervalMs: number;
    /** Nodes glide this long to a chosen layout. */
    transitionMs: number;
  };
  /** Rows shown before "Show all": enough for the YRD graph, bounded for large ones. */
  rowLimits: {
    metrics: number;
    table: number;
  };
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  lineEdgesAbove: 20_000,
  mainThreadImportMaxBytes: 8_000_000,
  firstFrameWaitMs: 2_000,
  detailsAfterRedrawAbove: 20_000,
  computeAllMetricsUpTo: 5_000,
  maxEdgeLabels: 12,
  parallelCurvature: 0.25,
  nodeSizeRange: Object.freeze({ min: 4, max: 22 }),
  edgeSizeRange: Object.freeze({ min: 1, max: 6 }),
  uncrowdedNodes: 2_000,
  minSizeFactor: 0.25,
  shrinkFadedNodesAbove: 500,
  fadedNodeScale: 0.4,
  camera: Object.freeze({
    saveDelayMs: 300,
    focusDurationMs: 450,
    focusMaxRatio: 0.45,
    zoomDurationMs: 300,
    zoomFactor: 1.5,
  }),
  layout: Object.freeze({
    forceAtlas2MaxMs: 6_000,
    barnesHutAbove: 2_000,
    progressIntervalMs: 250,
    transitionMs: 600,
  }),
  rowLimits: Object.freeze({ metrics: 200, table: 300 }),
}) as Settings;

/** Partial settings: any top-level value, or any part of a nested group. */
export type SettingsOverrides = {
  [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> : Settings[K];
};

function check(ok: boolean, path: string, rule: string, value: unknown): void {
  if (!ok) throw new Error(`style/settings: ${path} must be ${rule} (got ${String(value)})`);
}

/** Throws a specific error for the first setting out of its range. */
export function validateSettings(settings: Settings): void {
  const positive = (path: string, value: number) =>
    check(Number.isFinite(value) && value > 0, path, 'a positive number', value);
  const count = (path: string, value: number) =>
    check(Number.isInteger(value) && value >= 0, path, 'a whole number, 0 or more', value);
  const share = (path: string, value: number) => check(value > 0 && value <= 1, path, 'in (0, 1]', value);
  count('lineEdgesAbove', settings.lineEdgesAbove);
  count('mainThreadImportMaxBytes', settings.mainThreadImportMaxBytes);
  count('firstFrameWaitMs', settings.firstFrameWaitMs);
  count('detailsAfterRedrawAbove', settings.detailsAfterRedrawAbove);
  count('computeAllMetricsUpTo', settings.computeAllMetricsUpTo);
  count('maxEdgeLabels', settings.maxEdgeLabels);
  positive('parallelCurvature', settings.parallelCurvature);
  positive('nodeSizeRange.min', settings.nodeSizeRange.min);
  positive('nodeSizeRange.max', settings.nodeSizeRange.max);
  check(
    settings.nodeSizeRange.min <= settings.nodeSizeRange.max,
    'nodeSizeRange.min',
    'at most nodeSizeRange.max',
    settings.nodeSizeRange.min,
  );
  positive('edgeSizeRange.min', settings.edgeSizeRange.min);
  check(
    settings.edgeSizeRange.min <= settings.edgeSizeRange.max,
    'edgeSizeRange.min',
    'at most edgeSizeRange.max',
    settings.edgeSizeRange.min,
  );
  positive('uncrowdedNodes', settings.uncrowdedNodes);
  share('minSizeFactor', settings.minSizeFactor);
  count('shrinkFadedNodesAbove', settings.shrinkFadedNodesAbove);
  share('fadedNodeScale', settings.fadedNodeScale);
  for (const [name, value] of Object.entries(settings.camera)) {
    if (name.endsWith('Ms')) count(`camera.${name}`, value);
    else positive(`camera.${name}`, value);
  }
  for (const [name, value] of Object.entries(settings.layout)) count(`layout.${name}`, value);
  for (const [name, value] of Object.entries(settings.rowLimits)) positive(`rowLimits.${name}`, value);
}

/** The defaults with the overrides merged in (nested groups key by key), validated. */
export function resolveSettings(overrides: SettingsOverrides = {}): Settings {
  if (Object.keys(overrides).length === 0) return DEFAULT_SETTINGS;
  const settings = {
    ...DEFAULT_SETTINGS,
    ...overrides,
    nodeSizeRange: { ...DEFAULT_SETTINGS.nodeSizeRange, ...overrides.nodeSizeRange },
    edgeSizeRange: { ...DEFAULT_SETTINGS.edgeSizeRange, ...overrides.edgeSizeRange },
    camera: { ...DEFAULT_SETTINGS.camera, ...overrides.camera },
    layout: { ...DEFAULT_SETTINGS.layout, ...overrides.layout },
    rowLimits: { ...DEFAULT_SETTINGS.rowLimits, ...overrides.rowLimits },
  };
  validateSettings(settings);
  return settings;
}
