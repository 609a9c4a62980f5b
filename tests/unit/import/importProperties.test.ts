// Property tests: random and mutated GEXF, GraphML, JSON and CSV inputs end in a result or a GraphImportError, nothing else.
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { exportEdgesCsv, exportNodesCsv } from '../../../src/data/export/exportCsv';
import { exportGexf } from '../../../src/data/export/exportGexf';
import { exportGraphml } from '../../../src/data/export/exportGraphml';
import { exportJson } from '../../../src/data/export/exportJson';
import { GraphImportError } from '../../../src/data/import/GraphImportError';
import { importGraph } from '../../../src/data/import/importGraph';
import type { ImportInput, ImportResult } from '../../../src/data/import/importTypes';

const RUNS = 200;
type Format = 'gexf' | 'graphml' | 'json' | 'csv';
const FORMATS: Format[] = ['gexf', 'graphml', 'json', 'csv'];

const keyArb = fc
  .stringMatching(/^[a-zA-Z0-9_<>&"',.:\-\u4e2d\u6587]{1,6}$/)
  .filter((key) => key === key.trim());
const nameArb = fc.constantFrom(
  'label',
  'x',
  'y',
  'size',
  'color',
  'type',
  'kind',
  'relation',
  'note',
  'aliases',
  'w',
  '__proto__',
  'constructor',
);
const valueArb = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);
const attributesArb = fc.dictionary(nameArb, valueArb, { maxKeys: 4 });

const graphArb = fc
  .record({
    nodes: fc.uniqueArray(fc.record({ key: keyArb, attributes: attributesArb }), {
      selector: (node) => node.key,
      maxLength: 6,
    }),
    edges: fc.array(
      fc.record({ s: fc.nat(), t: fc.nat(), undirected: fc.boolean(), attributes: attributesArb }),
      { maxLength: 8 },
    ),
  })
  .map(({ nodes, edges }) => {
    const graph = new MultiGraph({ type: 'mixed' });
    for (const node of nodes) graph.addNode(node.key, { ...node.attributes });
    if (nodes.length > 0) {
      edges.forEach((edge, index) => {
        const source = nodes[edge.s % nodes.length]!.key;
        const target = nodes[edge.t % nodes.length]!.key;
        const add = edge.undirected ? graph.addUndirectedEdgeWithKey : graph.addDirectedEdgeWithKey;
        add.call(graph, `edge${index}`, source, target, { ...edge.attributes });
      });
    }
    return graph;
  });

function exportAs(graph: MultiGraph, format: Format): ImportInput {
  switch (format) {
    case 'gexf':
      return { name: 'g.gexf', text: exportGexf(graph) };
    case 'graphml':
      return { name: 'g.graphml', text: exportGraphml(graph) };
    case 'json':
      return { name: 'g.json', text: exportJson(graph) };
    case 'csv':
      return {
        name: 'edges.csv',
        text: exportEdgesCsv(graph),
        nodesCsv: { name: 'nodes.csv', text: exportNodesCsv(graph) },
      };
  }
}

const NOISE = [
  '<',
  '>',
  '"',
  "'",
  '&',
  '/',
  '=',
  '\n',
  ' ',
  ',',
  ';',
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  '\u0000',
  '中',
  '&amp;',
  '<!DOCTYPE x>',
  '<node id="z"/>',
];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; noise: string }
  | { kind: 'dropTag'; index: number }
  | { kind: 'duplicate'; at: number; length: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map((m) => ({
      kind: m.kind,
      at: Math.floor(m.at * 10_000),
    })),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), noise: fc.constantFrom(...NOISE) }),
  fc.record({ kind: fc.constant('dropTag' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
);

function mutate(text: string, mutations: Mutation[]): string {
  let result = text;
  for (const mutation of mutations) {
    const at = result.length === 0 ? 0 : ('at' in mutation ? mutation.at : 0) % (result.length + 1);
    if (mutation.kind === 'truncate') result = result.slice(0, at);
    else if (mutation.kind === 'flip') result = result.slice(0, at) + mutation.noise + result.slice(at + 1);
    else if (mutation.kind === 'duplicate') result = result.slice(0, at + mutation.length) + result.slice(at);
    else {
      const tags = [...result.matchAll(/<[^<>]*>|[{}[\]]|,/g)];
      const tag = tags[mutation.index % Math.max(1, tags.length)];
      if (tag?.index !== undefined)
        result = result.slice(0, tag.index) + result.slice(tag.index + tag[0].length);
    }
  }
  return result;
}

/** The property: importGraph returns a result or throws a GraphImportError — never anything else. */
function importSafely(input: ImportInput): ImportResult | GraphImportError {
  try {
    return importGraph(input);
  } catch (error) {
    if (!(error instanceof GraphImportError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    return error;
  }
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('importGraph properties', () => {
  const before = prototypeKeys();

  it.each(FORMATS)('round-trips random graphs exported as %s (keys, ends, directions)', (format) => {
    fc.assert(
      fc.property(graphArb, (graph) => {
        const outcome = importGraph(exportAs(graph, format));
        expect(outcome.serialized.nodes.map((node) => node.key)).toEqual(graph.nodes());
        const edges = outcome.serialized.edges.map((e) => [e.key, e.source, e.target, e.undirected === true]);
        const expected = graph.mapEdges((key, _a, source, target, _s, _t, undirected) => [
          key,
          source,
          target,
          undirected,
        ]);
        expect(edges).toEqual(expected);
        for (const node of outcome.serialized.nodes) expect(typeof node.attributes?.label).toBe('string');
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it.each(FORMATS)('mutated %s exports end in a result or a GraphImportError', (format) => {
    fc.assert(
      fc.property(graphArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (graph, mutations) => {
        const input = exportAs(graph, format);
        importSafely({ ...input, text: mutate(input.text, mutations) });
        if (input.nodesCsv)
          importSafely({
            ...input,
            nodesCsv: { ...input.nodesCsv, text: mutate(input.nodesCsv.text, mutations) },
          });
      }),
      { numRuns: RUNS },
    );
  });

  it.each(['g.gexf', 'g.graphml', 'g.json', 'g.csv', 'g.xml', 'g'])(
    'random text named %s ends in a result or a GraphImportError',
    (name) => {
      fc.assert(
        fc.property(fc.string({ maxLength: 60, unit: 'binary' }), (text) => {
          importSafely({ name, text });
        }),
        { numRuns: RUNS },
      );
    },
  );

  it('leaves Object.prototype untouched', () => {
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
