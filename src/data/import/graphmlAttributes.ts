// Turns the <data> values collected for a GraphML node, edge or graph into attributes, as graphology-graphml did.
import { castDefault, castValue, type Domain, type GraphmlKeys } from './graphmlKeys';
import { YED_FIELDS, type YedNodeGraphics } from './yedGraphics';

/** What was collected for one element while streaming: its data as [key, text, key, text, …], yEd graphics. */
export interface DataOwner {
  domain: Domain;
  attributes: Record<string, unknown>;
  data: string[];
  yed?: YedNodeGraphics;
}

const hexByte = (value: number) => `0${(value | 0).toString(16)}`.slice(-2);

/** Numeric r, g and b attributes become one "#rrggbb" colour. */
function mergeRgb(attributes: Record<string, unknown>) {
  const { r, g, b } = attributes;
  if (typeof r !== 'number' || typeof g !== 'number' || typeof b !== 'number') return;
  delete attributes.r;
  delete attributes.g;
  delete attributes.b;
  attributes.color = `#${hexByte(r)}${hexByte(g)}${hexByte(b)}`;
}

/**
 * Fills `owner.attributes` (`listed`: the keys' types and defaults for the owner's domain): yEd graphics, then data values (later ones win), then key defaults where missing,
 * then rgb → colour (nodes and edges), then text left under typed names cast to their type.
 */
export function resolveAttributes(
  owner: DataOwner,
  keys: GraphmlKeys,
  listed: ReturnType<GraphmlKeys['listed']>,
  firstUses: Map<string, number>,
): void {
  const { attributes, data, domain, yed } = owner;
  if (yed) {
    for (const [field, type] of YED_FIELDS) {
      const value = yed[field];
      if (value !== undefined) attributes[field] = castValue(type, value);
    }
  }
  for (let i = 0; i + 1 < data.length; i += 2) {
    const key = data[i]!;
    const spec = keys.resolve(domain, key, firstUses.get(key));
    if (spec) attributes[spec.name] = castValue(spec.type, data[i + 1]!);
  }
  for (const [name, text] of listed.defaults) if (!(name in attributes)) attributes[name] = text;
  if (domain !== 'graph') mergeRgb(attributes);
  for (const [name, type] of listed.types) {
    const value = attributes[name];
    if (typeof value === 'string') attributes[name] = castDefault(type, value);
  }
}
