// JSON edges read part by part: the same keys as a whole read, and normalising that reads them as it posts them.
import { describe, expect, it } from 'vitest';
import type { ImportContext } from '../../../src/data/import/importContext';
import { resolveLimits } from '../../../src/data/import/importLimits';
import type { SerializedEdge } from 'graphology-types';
import type { RawEdge } from '../../../src/data/import/importTypes';
import { createWarningLog } from '../../../src/data/import/importWarnings';
import { createJsonEdgeReader, type SerializedEdgeInput } from '../../../src/data/import/jsonEdges';
import { readJson } from '../../../src/data/import/jsonImport';
import { normaliseGraph } from '../../../src/data/import/normaliseGraph';
import { planParallelEdges } from '../../../src/model/parallelEdges';

const makeContext = (): ImportContext => ({
  format: 'json',
  fileName: 'g.json',
  limits: resolveLimits(),
  warnings: createWarningLog(),
});

/** Keyless edges, an id used twice, and a key ("e0") that a keyless edge before it must not take. */
const EDGES: SerializedEdgeInput[] = [
  { source: 'a', target: 'b' },
  { key: 'x', source: 'a', target: 'b' },
  { key: 'x', source: 'b', target: 'a' },
  { source: 1, target: 'a' },
  { key: 'e0', source: 'b', target: 1 },
  { key: 'x', source: 'a', target: 'a' },
];
const isNode = (key: string) => ['a', 'b', '1'].includes(key);
const OPTIONS = { endsKnown: true, undirected: false };

function readAll(reader: ReturnType<typeof createJsonEdgeReader>, partSize: number): RawEdge[] {
  const edges: RawEdge[] = [];
  for (let part = reader.read(partSize); part.length > 0; part = reader.read(partSize)) edges.push(...part);
  return edges;
}

describe('createJsonEdgeReader', () => {
  it('gives the same keys read part by part as read at once, never reusing a key met later in the file', () => {
    const whole = readAll(createJsonEdgeReader(EDGES, makeContext(), isNode, OPTIONS), EDGES.length);
    const parts = readAll(createJsonEdgeReader(EDGES, makeContext(), isNode, OPTIONS), 2);
    expect(parts).toEqual(whole);
    expect(whole.map((edge) => edge.key)).toEqual(['e1', 'x', 'x_2', 'e2', 'e0', 'x_3']);
    expect(whole[3]).toMatchObject({ source: '1', target: 'a' });
  });

  it('reports renumbered ids once all are read, and skips edges to unknown nodes unless told the ends are known', () => {
    const context = makeContext();
    const dangling = [...EDGES, { key: 'y', source: 'a', target: 'zz' }];
    const reader = createJsonEdgeReader(dangling, context, isNode, { endsKnown: false, undirected: true });
    const edges = readAll(reader, 3);
    reader.finish([]);
    expect(edges.map((edge) => edge.key)).not.toContain('y');
    expect(edges.every((edge) => edge.undirected)).toBe(true);
    expect(context.warnings.list().join('\n')).toMatch(/Renumbered 2 edges[\s\S]*Skipped 1 edge/);
  });
});

describe('reading JSON edges while normalising', () => {
  const text = JSON.stringify({
    nodes: [{ key: 'a' }, { key: 'b' }, { key: 1 }],
    edges: EDGES,
  });

  it('reads each part just before it is normalised and handed on, after the nodes', () => {
    const raw = readJson(text, makeContext(), null);
    expect(raw.unread?.count).toBe(EDGES.length);
    const events: string[] = [];
    const read = raw.unread!.read;
    raw.unread!.read = (count) => {
      const part = read(count);
      events.push(`read ${part.length}`);
      return part;
    };
    const posted: SerializedEdge[] = [];
    normaliseGraph(
      raw,
      makeContext(),
      {
        start: (head) => events.push(`nodes ${head.nodes.length}`),
        edges: (edges) => {
          events.push(`edges ${edges.length}`);
          posted.push(...edges);
        },
        finish: () => events.push('finish'),
      },
      4,
    );
    expect(events).toEqual(['nodes 3', 'read 4', 'edges 4', 'read 2', 'edges 2', 'read 0', 'finish']);
    const whole = normaliseGraph(readJson(text, makeContext(), null), makeContext());
    expect(posted).toEqual(whole.serialized.edges);
  });

  it('falls back to reading every edge first when an end is not a node', () => {
    const raw = readJson(
      JSON.stringify({
        nodes: [{ key: 'a' }],
        edges: [
          { source: 'a', target: 'b' },
          { source: 'a', target: 'a' },
        ],
      }),
      makeContext(),
      null,
    );
    expect(raw.unread).toBeUndefined();
    expect(raw.edges.map((edge) => edge.target)).toEqual(['a']);
  });
});

describe('planParallelEdges', () => {
  it('numbers edges the same from numbered ends as from keys', () => {
    const keys = ['a', 'b', 'c'];
    const pairs = [
      [0, 1],
      [0, 1],
      [1, 0],
      [2, 2],
      [2, 2],
      [1, 2],
    ] as const;
    const byKey = planParallelEdges(pairs.map(([s, t]) => ({ source: keys[s]!, target: keys[t]! })));
    const byNumber = planParallelEdges({
      nodes: keys.length,
      sources: Int32Array.from(pairs.map(([s]) => s)),
      targets: Int32Array.from(pairs.map(([, t]) => t)),
    });
    const numbering = (plan: ReturnType<typeof planParallelEdges>) =>
      pairs.map((_, i) => {
        const edge: SerializedEdge = { source: '', target: '' };
        plan.apply(edge, i);
        return edge.attributes ?? null;
      });
    expect(numbering(byNumber)).toEqual(numbering(byKey));
    expect(numbering(byKey)[0]).toEqual({ parallelIndex: 1, parallelMaxIndex: 2 });
  });
});
