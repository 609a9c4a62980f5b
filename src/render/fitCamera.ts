// The camera that frames a set of nodes (or every node shown), from sigma's display data.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** Pixels kept free around the framed nodes: room for labels beside them and the toolbars over the canvas. */
export interface FitMargins {
  x: number;
  y: number;
}

export const DEFAULT_FIT_MARGINS: FitMargins = { x: 48, y: 64 };

/**
 * Sigma's stage padding: the larger fit margin, so the camera sigma starts with frames the whole graph within the
 * fit's margins (a little more loosely across, at most), and its first frame can stay.
 */
export const START_VIEW_PADDING = Math.max(DEFAULT_FIT_MARGINS.x, DEFAULT_FIT_MARGINS.y);

/** How much further out than a fit the start view may be and still stand for it (no second frame to fit). */
export const START_VIEW_SLACK = 1.25;

/**
 * Whether the camera sigma starts with already frames what a fit would: the same centre, and zoomed out at least as
 * far as the fit (so nothing is cut) and at most START_VIEW_SLACK further.
 */
export function startViewFrames(start: CameraState, fit: CameraState): boolean {
  const near = 0.02 * fit.ratio;
  return (
    Math.abs(start.x - fit.x) <= near &&
    Math.abs(start.y - fit.y) <= near &&
    start.ratio >= fit.ratio * (1 - 1e-3) &&
    start.ratio <= fit.ratio * START_VIEW_SLACK
  );
}

interface FramedBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box of the shown nodes among `nodes` (all shown nodes when null), in sigma's framed-graph space. */
function framedBox(sigma: Sigma, nodes: Iterable<string> | null): FramedBox | null {
  const box: FramedBox = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const add = (node: string) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden || !Number.isFinite(data.x) || !Number.isFinite(data.y)) return;
    box.minX = Math.min(box.minX, data.x);
    box.maxX = Math.max(box.maxX, data.x);
    box.minY = Math.min(box.minY, data.y);
    box.maxY = Math.max(box.maxY, data.y);
  };
  if (nodes) for (const node of nodes) add(node);
  else sigma.getGraph().forEachNode(add);
  return Number.isFinite(box.minX) ? box : null;
}

/**
 * The camera that shows `nodes` (all shown nodes when null) as large as the viewport allows, or null when none is
 * shown. The camera's x and y are framed-graph coordinates at the viewport's centre; zoom scales distances linearly,
 * so the ratio follows from the box measured at ratio 1.
 */
export function cameraToFit(
  sigma: Sigma,
  nodes: Iterable<string> | null,
  minRatio: number,
  margins: FitMargins = DEFAULT_FIT_MARGINS,
  /** A node to keep at the centre: the box is widened to be symmetric around it. */
  centre?: string,
): CameraState | null {
  const box = framedBox(sigma, nodes);
  if (!box) return null;
  const middle = centre ? sigma.getNodeDisplayData(centre) : undefined;
  if (middle && !middle.hidden) {
    const dx = Math.max(Math.abs(box.maxX - middle.x), Math.abs(middle.x - box.minX));
    const dy = Math.max(Math.abs(box.maxY - middle.y), Math.abs(middle.y - box.minY));
    Object.assign(box, {
      minX: middle.x - dx,
      maxX: middle.x + dx,
      minY: middle.y - dy,
      maxY: middle.y + dy,
    });
  }
  const reference = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const a = sigma.framedGraphToViewport({ x: box.minX, y: box.minY }, { cameraState: reference });
  const b = sigma.framedGraphToViewport({ x: box.maxX, y: box.maxY }, { cameraState: reference });
  const { width, height } = sigma.getDimensions();
  const marginX = Math.min(margins.x, width / 4);
  const marginY = Math.min(margins.y, height / 4);
  const ratio = Math.max(
    Math.abs(b.x - a.x) / Math.max(1, width - 2 * marginX),
    Math.abs(b.y - a.y) / Math.max(1, height - 2 * marginY),
    minRatio,
  );
  const { minCameraRatio, maxCameraRatio } = sigma.getSettings();
  return {
    x: (box.minX + box.maxX) / 2,
    y: (box.minY + box.maxY) / 2,
    ratio: Math.min(Math.max(ratio, minCameraRatio ?? 0), maxCameraRatio ?? Infinity),
    angle: 0,
  };
}

/**
 * Where the camera goes when sigma starts without a camera of its own: the fit of `nodes` (all shown nodes when
 * null), or null when the camera sigma starts with already frames them (no second frame then).
 */
export function startCameraMove(
  sigma: Sigma,
  nodes: Iterable<string> | null,
  minRatio: number,
): CameraState | null {
  const fit = cameraToFit(sigma, nodes, minRatio);
  return fit && !startViewFrames(sigma.getCamera().getState(), fit) ? fit : null;
}
