// isSerializedGraph, the fast path of the JSON reader, agrees with the zod schema on valid and invalid graphs.
import { describe, expect, it } from 'vitest';
import { isSerializedGraph } from '../../../src/data/import/isSerializedGraph';
import { serializedGraphSchema } from '../../../src/data/import/jsonSchema';

const node = { key: 'a', attributes: { label: 'A' } };
const edge = { key: 'e', source: 'a', target: 'b', attributes: {}, undirected: false };

/** Valid graphs, then one mutation each that the schema refuses. */
const VALID: unknown[] = [
  { nodes: [] },
  { nodes: [node, { key: 2 }], edges: [edge, { source: 2, target: 'a' }] },
  {
    attributes: { name: 'g' },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes: [node],
  },
  { nodes: [{ key: 'a', extra: 1 }], edges: [], unknownTopLevel: [1] },
];
const INVALID: unknown[] = [
  null,
  [],
  {},
  { nodes: {} },
  { nodes: [null] },
  { nodes: [[]] },
  { nodes: [{}] },
  { nodes: [{ key: true }] },
  { nodes: [{ key: null }] },
  { nodes: [{ key: 'a', attributes: [] }] },
  { nodes: [{ key: 'a', attributes: 'x' }] },
  { nodes: [node], edges: {} },
  { nodes: [node], edges: [{ source: 'a' }] },
  { nodes: [node], edges: [{ source: 'a', target: {} }] },
  { nodes: [node], edges: [{ source: 'a', target: 'a', key: false }] },
  { nodes: [node], edges: [{ source: 'a', target: 'a', undirected: 'yes' }] },
  { nodes: [node], edges: [{ source: 'a', target: 'a', attributes: [] }] },
  { nodes: [node], attributes: [] },
  { nodes: [node], options: [] },
  { nodes: [node], options: { type: 'tree' } },
  { nodes: [node], options: { multi: 1 } },
  { nodes: [node], options: { allowSelfLoops: 'no' } },
];

describe('isSerializedGraph', () => {
  it('accepts what the schema accepts', () => {
    for (const data of VALID) {
      expect(serializedGraphSchema.safeParse(data).success, JSON.stringify(data)).toBe(true);
      expect(isSerializedGraph(data), JSON.stringify(data)).toBe(true);
    }
  });

  it('refuses everything the schema refuses', () => {
    for (const data of INVALID) {
      expect(serializedGraphSchema.safeParse(data).success, JSON.stringify(data)).toBe(false);
      expect(isSerializedGraph(data), JSON.stringify(data)).toBe(false);
    }
  });
});
