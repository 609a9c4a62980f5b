// findJsonGraphSections and the JSON graph read in parts: the pieces parse to what the whole text does, or the text is
// read whole; what a worker posts is the same graph either way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonGraphSections } from '../../../src/data/import/jsonGraphSections';
import { createNodePairSet } from '../../../src/data/import/nodePairSet';
import { handleImportRequest } from '../../../src/data/import/importWorkerHandler';
import type { ImportWorkerMessage } from '../../../src/data/import/importWorkerProtocol';
import { createGraphAssembler } from '../../../src/data/graphAssembler';

/** An empty "edges" array and none at all read the same: left out of both values compared. */
function withoutNoEdges(value: unknown) {
  const graph = value as Record<string, unknown>;
  if (Array.isArray(graph.edges) && graph.edges.length === 0) delete graph.edges;
  return graph;
}

/** What JSON.parse of the pieces gives, put back together as the whole text's value would be. */
function parsePieces(text: string, partSize: number) {
  const sections = findJsonGraphSections(text, partSize);
  if (!sections) return null;
  const value = JSON.parse(sections.head) as Record<string, unknown>;
  value.nodes = sections.nodes.flatMap((piece) => JSON.parse(piece) as unknown[]);
  const edges = sections.edges.flatMap((piece) => JSON.parse(piece) as unknown[]);
  expect(edges).toHaveLength(sections.edgeCount);
  value.edges = edges;
  return withoutNoEdges(value);
}

describe('findJsonGraphSections', () => {
  it('cuts the nodes and edges arrays into pieces of the part size, the head keeping everything else', () => {
    const text =
      '\uFEFF { "options" : {"type":"directed"}, "nodes": [ {"key":"a"} , {"key":"b]\\"}"},{"key":3} ],' +
      '"edges":[{"source":"a","target":"b]\\"}"},{"source":3,"target":"a"}], "extra": [1, {"x": "}"}] }\n';
    const sections = findJsonGraphSections(text, 2)!;
    expect(sections.head).toBe('{"options" : {"type":"directed"},"extra": [1, {"x": "}"}]}');
    expect(sections.nodes.map((piece) => JSON.parse(piece) as unknown)).toEqual([
      [{ key: 'a' }, { key: 'b]"}' }],
      [{ key: 3 }],
    ]);
    expect(sections.edgeCount).toBe(2);
    expect(sections.edges).toHaveLength(1);
  });

  it('gives up on texts it cannot cut where JSON.parse of the whole would decide', () => {
    for (const text of [
      '[]',
      '{}',
      '{"edges":[],"nodes":[]}',
      '{"nodes":[],"nodes":[]}',
      '{"nodes":{}}',
      '{"nodes":[1,]}',
      '{"nodes":[1 2]}',
      '{"nodes":[]} x',
      '{"nodes":["unclosed]}',
      '{"a" 1,"nodes":[]}',
      '{"edges":[]}',
    ])
      expect(findJsonGraphSections(text, 10), text).toBeNull();
  });

  it('parses, piece by piece, to what JSON.parse gives for the whole text, or gives up', () => {
    const scalar = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '"', '\\', '{', '}', '[', ']', ',', ':', ' ', 'é') }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string(), scalar));
    const graph = fc.record(
      {
        options: fc.record({ type: fc.constantFrom('directed', 'undirected', 'mixed') }),
        attributes: fc.dictionary(fc.string(), value),
        nodes: fc.array(fc.record({ key: fc.oneof(fc.string(), fc.integer()), attributes: value })),
        edges: fc.array(fc.record({ source: fc.string(), target: fc.string(), key: value })),
      },
      { requiredKeys: ['nodes'] },
    );
    const space = fc.constantFrom('', ' ', '\n', '\t\r\n  ');
    fc.assert(
      fc.property(
        graph,
        space,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 200 }),
        (g, pad, size, cut) => {
          const text = JSON.stringify(g, null, pad);
          expect(parsePieces(text, size)).toEqual(withoutNoEdges(JSON.parse(text)));
          // A text cut short or with a character dropped: either both fail, or the pieces give what the whole does.
          for (const broken of [
            text.slice(0, cut % (text.length + 1)),
            text.slice(0, cut) + text.slice(cut + 1),
          ]) {
            let whole: unknown;
            try {
              whole = JSON.parse(broken);
            } catch {
              expect(
                () =>
                  parsePieces(broken, size) ??
                  (() => {
                    throw new Error('given up');
                  })(),
              ).toThrow();
              continue;
            }
            const pieces = parsePieces(broken, size);
            if (pieces) expect(pieces).toEqual(withoutNoEdges(whole));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('createNodePairSet', () => {
  it('tells pairs apart by order, and grows past the room it was given', () => {
    const pairs = createNodePairSet(2);
    expect(pairs.add(0, 1)).toBe(true);
    expect(pairs.add(1, 0)).toBe(true);
    expect(pairs.add(0, 1)).toBe(false);
    for (let i = 0; i < 1000; i++) expect(pairs.add(i, i * 7)).toBe(true);
    for (let i = 0; i < 1000; i++) expect(pairs.add(i, i * 7)).toBe(false);
    expect(pairs.add(2 ** 31 - 2, 2 ** 31 - 2)).toBe(true);
  });
});

async function importMessages(text: string, onPageThread: boolean, limits?: { maxEdges: number }) {
  const messages: ImportWorkerMessage[] = [];
  await handleImportRequest(
    { input: { name: 'g.json', text }, onPageThread, ...(limits ? { limits } : {}) },
    (message) => messages.push(structuredClone(message)),
  );
  return messages;
}

/** The graph a page builds from the messages (dropping what came before a restart), as graphology exports it. */
function built(messages: ImportWorkerMessage[]) {
  let assembler = createGraphAssembler();
  for (const message of messages) {
    if ('restart' in message) assembler = createGraphAssembler();
    if ('part' in message) assembler.add(message.part);
  }
  return assembler.graph.export();
}

const graphText = (edges: object[], options: object = { type: 'directed', multi: false }) =>
  JSON.stringify({
    options,
    attributes: { name: 'g' },
    nodes: [{ key: 'a', attributes: { x: 0, y: 0 } }, { key: 'b', attributes: { x: 1, y: 1 } }, { key: 'c' }],
    edges,
  });

describe('a JSON graph parsed in parts in the import worker', () => {
  it('builds what reading it whole builds, and sends the nodes before parsing the edges', async () => {
    const text = graphText([
      { key: 'e1', source: 'a', target: 'b', attributes: { weight: 2 } },
      { key: 'e2', source: 'b', target: 'a' },
      { key: 'e3', source: 'c', target: 'c' },
    ]);
    const inParts = await importMessages(text, false);
    const whole = await importMessages(text, true);
    expect(built(inParts)).toEqual(built(whole));
    expect(built(inParts).options).toEqual({ type: 'directed', multi: false, allowSelfLoops: true });
    // The two edges between a and b are curved apart either way (numbered after the last edge, in parts).
    expect(built(inParts).edges.filter((edge) => edge.attributes?.parallelIndex !== undefined)).toHaveLength(
      2,
    );
    expect(inParts.some((message) => 'restart' in message)).toBe(false);
    expect(inParts.at(-1)).toMatchObject({ ok: true, result: { stats: { nodes: 3, edges: 3 } } });
  });

  it('starts again, reading the text whole, at an edge that needs the whole file', async () => {
    const cases: [string, object[], object?][] = [
      [
        'no key',
        [
          { key: 'e1', source: 'a', target: 'b' },
          { source: 'b', target: 'c' },
        ],
      ],
      [
        'a repeated key',
        [
          { key: 'e', source: 'a', target: 'b' },
          { key: 'e', source: 'b', target: 'c' },
        ],
      ],
      ['a missing node', [{ key: 'e1', source: 'a', target: 'z' }]],
      ['undirected in a directed graph', [{ key: 'e1', source: 'a', target: 'b', undirected: true }]],
      [
        'a repeated pair in a simple graph',
        [
          { key: 'e1', source: 'a', target: 'b' },
          { key: 'e2', source: 'a', target: 'b' },
        ],
      ],
      [
        'a repeated undirected pair',
        [
          { key: 'e1', source: 'a', target: 'b' },
          { key: 'e2', source: 'b', target: 'a' },
        ],
        { type: 'undirected', multi: false },
      ],
    ];
    for (const [what, edges, options] of cases) {
      const text = graphText(edges, options);
      const inParts = await importMessages(text, false);
      expect(
        inParts.some((message) => 'restart' in message),
        what,
      ).toBe(true);
      expect(built(inParts), what).toEqual(built(await importMessages(text, true)));
      expect(inParts.at(-1), what).toEqual((await importMessages(text, true)).at(-1));
    }
  });

  it('reports a broken file in the words of the whole reading', async () => {
    for (const text of [
      graphText([{ key: 'e1', source: 'a', target: 'b' }]).replace('"target":"b"', '"target":"b",'),
      graphText([{ key: 'e1', source: 'a', target: { no: 1 } }]),
      '{"options":{"type":"directed"},"nodes":[{"key":"a"},{"key":"a"}]}',
      // A repeated node and a broken edge: the edge's error comes first, as when the text is parsed whole.
      '{"options":{"type":"directed"},"nodes":[{"key":"a"},{"key":"a"}],"edges":[{"key":"e","source":"a","target":"a",}]}',
      '{"options":{"type":"directed"},"nodes":[{"key":"a"},{"key":"a"}],"edges":[{"key":"e","source":"a"}]}',
    ]) {
      const inParts = await importMessages(text, false);
      expect(inParts.at(-1)).toMatchObject({ ok: false });
      expect(inParts.at(-1)).toEqual((await importMessages(text, true)).at(-1));
    }
    // Over the limits, with a syntax error among the edges: the syntax error is reported.
    const tooMany = graphText([
      { key: 'e1', source: 'a', target: 'b' },
      { key: 'e2', source: 'b', target: 'c' },
    ]).replace('"target":"c"', '"target":"c",');
    const inParts = await importMessages(tooMany, false, { maxEdges: 1 });
    expect(inParts.at(-1)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/invalid JSON/) },
    });
    expect(inParts.at(-1)).toEqual((await importMessages(tooMany, true, { maxEdges: 1 })).at(-1));
  });

  it('makes a graph declared simple the same simple or multigraph whichever way it is read', async () => {
    for (const type of ['directed', 'undirected', 'mixed']) {
      const text = graphText(
        [
          { key: 'e1', source: 'a', target: 'b' },
          { key: 'e2', source: 'b', target: 'a' },
        ],
        { type, multi: false },
      );
      const inParts = built(await importMessages(text, false));
      expect(inParts.options, type).toEqual(built(await importMessages(text, true)).options);
      expect(inParts.options.multi, type).toBe(type !== 'directed');
    }
  });
});
