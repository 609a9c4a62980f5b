// GEXF viz elements (colour, size, position, shape, thickness) of a node or edge, read as graphology-gexf reads them.
import type { XmlTag } from './readXml';

const FIELDS = ['color', 'size', 'position', 'shape', 'thickness'] as const;
type VizField = (typeof FIELDS)[number];
const FIELD_INDEX: ReadonlyMap<string, number> = new Map(FIELDS.map((field, index) => [field, index]));

/** Attribute name → value pairs taken from one viz element. */
type VizValues = [name: string, value: unknown][];

function colorOf(tag: XmlTag): string {
  const hex = tag.attributes['hex'];
  if (hex) return hex;
  const [r, g, b, a] = ['r', 'g', 'b', 'a'].map((name) => tag.attributes[name] ?? '');
  return a ? `rgba(${r},${g},${b},${a})` : `rgb(${r},${g},${b})`;
}

function valuesOf(field: VizField, tag: XmlTag): VizValues {
  switch (field) {
    case 'color':
      return [['color', colorOf(tag)]];
    case 'size':
    case 'thickness':
      return [[field, Number(tag.attributes['value'] ?? '')]];
    case 'shape':
      return [['shape', tag.attributes['value'] ?? '']];
    case 'position': {
      const values: VizValues = [];
      for (const axis of ['x', 'y', 'z']) {
        const value = tag.attributes[axis];
        if (value) values.push([axis, Number(value)]);
      }
      return values;
    }
  }
}

/**
 * The viz field a tag name stands for: "viz:color" (or any prefix bound to the viz namespace) or a bare "color".
 * `prefixed` tells which: a prefixed element wins over a bare one, wherever they are in the element.
 */
export function vizFieldOf(
  name: string,
  vizPrefixes: ReadonlySet<string>,
): { index: number; prefixed: boolean } | undefined {
  const colon = name.indexOf(':');
  const index = FIELD_INDEX.get(colon === -1 ? name : name.slice(colon + 1));
  if (index === undefined) return undefined;
  if (colon === -1) return { index, prefixed: false };
  return vizPrefixes.has(name.slice(0, colon)) ? { index, prefixed: true } : undefined;
}

/** The first viz element of each kind seen inside one node or edge. */
export class VizCapture {
  private readonly prefixed: (VizValues | undefined)[] = [];
  private readonly bare: (VizValues | undefined)[] = [];

  record(index: number, prefixed: boolean, tag: XmlTag): void {
    const slots = prefixed ? this.prefixed : this.bare;
    if (slots[index] === undefined) slots[index] = valuesOf(FIELDS[index]!, tag);
  }

  /** Writes the viz values into `attributes` (they override attribute values of the same names). */
  applyTo(attributes: Record<string, unknown>): void {
    for (let index = 0; index < FIELDS.length; index++) {
      const values = this.prefixed[index] ?? this.bare[index];
      if (values) for (const [name, value] of values) attributes[name] = value;
    }
  }
}
