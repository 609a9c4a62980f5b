// Reads node positions, labels and fill colours (y:Geometry, y:NodeLabel, y:Fill) and edge labels (y:EdgeLabel) of yEd.
import type { XmlTag } from './readXml';

export interface YedNodeGraphics {
  x?: string;
  y?: string;
  label?: string;
  color?: string;
}

/** What a start tag inside yEd node graphics means: nothing, or a label whose text should be collected. */
export type YedElement = 'other' | 'label';

/**
 * Collects the graphics of one node from the tags inside its yEd data, as they stream by: the first y:Geometry's
 * x/y, the first y:Fill's colour, and the first y:NodeLabel with non-blank text; for an edge, its first y:EdgeLabel.
 */
export class YedGraphicsReader {
  readonly graphics: YedNodeGraphics = {};
  private geometrySeen = false;
  private fillSeen = false;

  start(tag: XmlTag): YedElement {
    if (tag.name === 'y:Geometry' && !this.geometrySeen) {
      this.geometrySeen = true;
      const x = tag.attributes['x'];
      const y = tag.attributes['y'];
      if (x) this.graphics.x = x;
      if (y) this.graphics.y = y;
    } else if (tag.name === 'y:Fill' && !this.fillSeen) {
      this.fillSeen = true;
      const color = tag.attributes['color'];
      if (color) this.graphics.color = color;
    } else if (
      (tag.name === 'y:NodeLabel' || tag.name === 'y:EdgeLabel') &&
      this.graphics.label === undefined
    )
      return 'label';
    return 'other';
  }

  /** The text of a y:NodeLabel (y:EdgeLabel): the first non-blank one is the label. */
  label(text: string): void {
    const label = text.trim();
    if (label && this.graphics.label === undefined) this.graphics.label = label;
  }
}

/** The GraphML attribute each yEd field becomes (x and y are numbers). */
export const YED_FIELDS = [
  ['x', 'double'],
  ['y', 'double'],
  ['label', 'string'],
  ['color', 'string'],
] as const;
