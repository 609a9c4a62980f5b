// Infers GraphML <key> declarations (attr.name, attr.type) from the values of node, edge or graph attributes.
import type { Attributes } from 'graphology-types';
import { isMissing } from './exportValues';

export type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

export interface GraphmlKey {
  id: string;
  domain: 'graph' | 'node' | 'edge';
  name: string;
  type: GraphmlType;
}

const INT_LIMIT = 2 ** 31;

function typeOf(value: unknown): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return Math.abs(value) < INT_LIMIT ? 'int' : 'long';
  }
  return 'string';
}

function merge(current: GraphmlType | undefined, next: GraphmlType): GraphmlType {
  if (current === undefined || current === next) return next;
  const numeric = ['int', 'long', 'double'];
  if (numeric.includes(current) && numeric.includes(next)) {
    return current === 'double' || next === 'double' ? 'double' : 'long';
  }
  return 'string';
}

/** One key per attribute name, in first-seen order; mixed or structured values are declared as strings. */
export function inferGraphmlKeys(
  domain: GraphmlKey['domain'],
  records: Iterable<Attributes>,
  nextId: () => string,
): GraphmlKey[] {
  const types = new Map<string, GraphmlType>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (isMissing(value)) continue;
      types.set(name, merge(types.get(name), typeOf(value)));
    }
  }
  return [...types].map(([name, type]) => ({ id: nextId(), domain, name, type }));
}
