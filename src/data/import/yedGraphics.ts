// Reads node positions, labels and fill colours from yEd's GraphML graphics data (y:Geometry, y:NodeLabel, y:Fill).
import { elementsByTagName } from './domHelpers';

export interface YedNodeGraphics {
  x?: string;
  y?: string;
  label?: string;
  color?: string;
}

export function readYedNodeGraphics(data: Element): YedNodeGraphics {
  const graphics: YedNodeGraphics = {};
  const geometry = elementsByTagName(data, 'y:Geometry')[0];
  if (geometry) {
    const x = geometry.getAttribute('x');
    const y = geometry.getAttribute('y');
    if (x) graphics.x = x;
    if (y) graphics.y = y;
  }
  const label = elementsByTagName(data, 'y:NodeLabel')
    .map((element) => element.textContent?.trim() ?? '')
    .find((text) => text !== '');
  if (label) graphics.label = label;
  const fill = elementsByTagName(data, 'y:Fill')[0]?.getAttribute('color');
  if (fill) graphics.color = fill;
  return graphics;
}

/** The GraphML attribute each yEd field becomes, and its attr.type. */
export const YED_FIELDS = [
  ['x', 'double'],
  ['y', 'double'],
  ['label', 'string'],
  ['color', 'string'],
] as const;
