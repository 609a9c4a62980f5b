// Label placement: given nodes on screen, their label widths and priorities, picks which labels to draw and where.

/** A node whose label may be drawn, in viewport pixels. */
export interface LabelCandidate {
  key: string;
  /** The node's centre. */
  x: number;
  y: number;
  /** The node's radius. */
  size: number;
  /** The label's width and height (one line of text). */
  width: number;
  height: number;
  /** Higher first; labels with `required` come before all others. */
  priority: number;
  /** Drawn whenever some place is free (leaders, provinces, the selection and its neighbours…). */
  required?: boolean;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface PlacedLabel {
  key: string;
  side: LabelSide;
  /** The label box (left, top, width, height); text starts at `left` and is vertically centred in the box. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface LabelLayoutOptions {
  width: number;
  height: number;
  /** Space between a node's disc and its label. */
  gap?: number;
  /** Labels keep this far from the viewport's edge. */
  margin?: number;
  /** Space kept between two labels. */
  padding?: number;
  /** Areas no label may cover (controls drawn over the canvas), as left, top, width, height. */
  obstacles?: readonly { left: number; top: number; width: number; height: number }[];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The places a label may go, in order of preference: right, left, above, below, then shifted up to 3 lines. */
function placesFor(candidate: LabelCandidate, gap: number): { side: LabelSide; left: number; top: number }[] {
  const { x, y, size, width, height } = candidate;
  const middle = y - height / 2;
  const right = x + size + gap;
  const left = x - size - gap - width;
  const centred = x - width / 2;
  const places: { side: LabelSide; left: number; top: number }[] = [
    { side: 'right', left: right, top: middle },
    { side: 'left', left, top: middle },
    { side: 'above', left: centred, top: y - size - gap - height },
    { side: 'below', left: centred, top: y + size + gap },
  ];
  for (const shift of [0.75, -0.75, 1.5, -1.5, 2.25, -2.25, 3, -3]) {
    places.push({ side: 'right', left: right, top: middle + shift * height });
    places.push({ side: 'left', left, top: middle + shift * height });
  }
  for (const shift of [-0.5, 0.5]) {
    places.push({ side: 'above', left: centred + shift * width, top: y - size - gap - height });
    places.push({ side: 'below', left: centred + shift * width, top: y + size + gap });
  }
  return places;
}

function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Cell size of the spatial index over placed boxes (labels are rarely wider than this). */
const CELL = 64;

/**
 * Greedy placement by priority: each label takes the first of its places that stays inside the viewport and meets no
 * label already placed. Labels that find no place are left out. Deterministic (ties break by key).
 */
export function layoutLabels(
  candidates: readonly LabelCandidate[],
  options: LabelLayoutOptions,
): PlacedLabel[] {
  const { width, height, gap = 3, margin = 2, padding = 2, obstacles = [] } = options;
  const ordered = [...candidates].sort(
    (a, b) =>
      Number(Boolean(b.required)) - Number(Boolean(a.required)) ||
      b.priority - a.priority ||
      b.size - a.size ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const grid = new Map<string, Box[]>();
  const cellsOf = (box: Box): string[] => {
    const cells: string[] = [];
    for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++)
      for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++)
        cells.push(`${cx},${cy}`);
    return cells;
  };
  const free = (box: Box) =>
    cellsOf(box).every((cell) => !(grid.get(cell) ?? []).some((other) => intersects(box, other)));
  const blocked: Box[] = obstacles.map((o) => ({
    left: o.left,
    top: o.top,
    right: o.left + o.width,
    bottom: o.top + o.height,
  }));
  const placed: PlacedLabel[] = [];
  for (const candidate of ordered) {
    if (!(candidate.width > 0) || !Number.isFinite(candidate.x) || !Number.isFinite(candidate.y)) continue;
    for (const place of placesFor(candidate, gap)) {
      const box: Box = {
        left: place.left,
        top: place.top,
        right: place.left + candidate.width,
        bottom: place.top + candidate.height,
      };
      if (box.left < margin || box.top < margin || box.right > width - margin || box.bottom > height - margin)
        continue;
      const padded: Box = {
        left: box.left - padding,
        top: box.top - padding,
        right: box.right + padding,
        bottom: box.bottom + padding,
      };
      if (blocked.some((obstacle) => intersects(box, obstacle)) || !free(padded)) continue;
      for (const cell of cellsOf(padded)) {
        const boxes = grid.get(cell);
        if (boxes) boxes.push(box);
        else grid.set(cell, [box]);
      }
      placed.push({
        key: candidate.key,
        side: place.side,
        left: box.left,
        top: box.top,
        width: candidate.width,
        height: candidate.height,
      });
      break;
    }
  }
  return placed;
}

/** Whether two placed labels' boxes overlap (for tests and checks). */
export function labelsOverlap(a: PlacedLabel, b: PlacedLabel): boolean {
  return intersects(
    { left: a.left, top: a.top, right: a.left + a.width, bottom: a.top + a.height },
    { left: b.left, top: b.top, right: b.left + b.width, bottom: b.top + b.height },
  );
}
