// graphology JSON import: the serialized format, schema errors with paths, syntax errors with line/column.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/data/import/importGraph';
import { findJsonSyntaxProblem } from '../../../src/data/import/jsonSyntaxError';
import { edgeAttributes, graphFrom, importError, nodeAttributes, readFixture } from './importTestHelpers';

const json = (value: unknown) => ({ name: 'g.json', text: JSON.stringify(value, null, 2) });

describe('JSON import', () => {
  it('reads graphology serialized graphs, numeric keys, missing edge keys and self-loops', () => {
    const result = importGraph({ name: 'graph.json', text: readFixture('graph.json') });
    expect(result.format).toBe('json');
    expect(result.stats).toEqual({ nodes: 3, edges: 3 });
    expect(result.hasPositions).toBe(false);
    expect(result.serialized.attributes).toEqual({ name: 'tiny' });
    expect(nodeAttributes(result, 'a')).toEqual({ label: 'A', x: 0, y: 1, tags: ['one', 'two'] });
    expect(nodeAttributes(result, 'b')).toEqual({ label: 'b', x: 2, y: 3, kind: 'thing' });
    expect(nodeAttributes(result, '3')).toEqual({ label: '3' });
    expect(edgeAttributes(result, 'ab')).toEqual({
      relation: 'likes',
      evidence: [{ paragraph: 1, quote: 'q' }],
    });
    expect(result.serialized.edges.map((edge) => edge.key)).toEqual(['ab', 'e0', 'e1']);
    const graph = graphFrom(result);
    expect(graph.hasEdge('a', 'a')).toBe(true);
  });

  it('round-trips graph.export() of a mixed graph with positions', () => {
    const data = {
      options: { type: 'mixed', multi: false, allowSelfLoops: false },
      attributes: {},
      nodes: [
        { key: 'a', attributes: { x: 1, y: 2 } },
        { key: 'b', attributes: { x: 3, y: 4, label: 'Bee' } },
      ],
      edges: [
        { key: 'u', source: 'a', target: 'b', undirected: true, attributes: {} },
        { key: 'd', source: 'b', target: 'a', attributes: { weight: 2 } },
      ],
    };
    const result = importGraph(json(data));
    expect(result.hasPositions).toBe(true);
    expect(result.serialized.options.type).toBe('mixed');
    const graph = graphFrom(result);
    expect(graph.isUndirected('u')).toBe(true);
    expect(graph.isDirected('d')).toBe(true);
  });

  it('imports undirected edges of a graph declared directed as a mixed graph, with a warning', () => {
    const result = importGraph(
      json({
        options: { type: 'directed' },
        nodes: [{ key: 'a' }],
        edges: [{ source: 'a', target: 'a', undirected: true }],
      }),
    );
    expect(result.serialized.options.type).toBe('mixed');
    expect(result.warnings[0]).toMatch(/declared "directed" but has 1 undirected edge/);
  });

  it('reports schema problems with their path', () => {
    expect(
      importError(json({ nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { attributes: {} }] })).message,
    ).toBe('JSON: nodes[3].key is missing');
    expect(importError(json({ nodes: [{ key: 'a', attributes: [1] }] })).message).toBe(
      'JSON: nodes[0].attributes must be an object (found an array)',
    );
    expect(importError(json({ nodes: 'none' })).message).toBe(
      'JSON: nodes must be an array (found a string)',
    );
    expect(importError(json({ edges: [] })).message).toBe('JSON: nodes is missing');
    expect(importError(json({ options: { type: 'weird' }, nodes: [] })).message).toBe(
      'JSON: options.type must be one of "directed", "undirected", "mixed" (found "weird")',
    );
    const error = importError(json({ nodes: [{ key: true }, {}], edges: [{ source: 'a' }] }));
    expect(error.message).toBe(
      'JSON: nodes[0].key must be a string or a number (found a boolean) (and 2 more problems)',
    );
    expect(error.location).toEqual({ element: 'nodes[0]' });
  });

  it('skips edges to unknown nodes and renumbers duplicate edge keys; refuses duplicate node keys', () => {
    const result = importGraph(
      json({
        nodes: [{ key: 'a' }],
        edges: [
          { key: 'e9', source: 'a', target: 'n99' },
          { source: 'x', target: 'a' },
          { key: 'k', source: 'a', target: 'a' },
          { key: 'k', source: 'a', target: 'a' },
        ],
      }),
    );
    expect(result.serialized.edges.map((edge) => edge.key)).toEqual(['k', 'k_2']);
    expect(result.warnings).toEqual([
      'Renumbered 1 edge whose id was already used: edge "k" is now "k_2"',
      'Skipped 2 edges that refer to nodes not in the file (2 missing nodes): edge "e9" → "n99", edges[1] → "x"',
    ]);
    expect(importError(json({ nodes: [{ key: 'a' }, { key: 'a' }] })).message).toBe(
      'JSON: nodes[1].key "a" is a duplicate of nodes[0].key',
    );
    expect(importError(json({ nodes: [{ key: 1 }, { key: '1' }] })).message).toMatch(/duplicate/);
  });

  it('reports syntax errors with line and column', () => {
    const error = importError({
      name: 'g.json',
      text: '{\n  "nodes": [\n    { "key": "a" },\n    { "key": }\n  ]\n}',
    });
    expect(error.message).toBe(
      'JSON: invalid JSON at line 4, column 14: expected a value, unexpected character "}"',
    );
    expect(error.location).toEqual({ line: 4, column: 14 });
    expect(importError({ name: 'g.json', text: '{"nodes": [' }).message).toBe(
      'JSON: invalid JSON at line 1, column 12: expected a value, unexpected end of the file',
    );
    expect(importError({ name: 'g.json', text: '[1, 2]' }).message).toMatch(/found an array/);
  });

  it('finds the first syntax problem without recursion, for any nesting depth', () => {
    expect(findJsonSyntaxProblem('{"a": [1, 2, {"b": null}], "c": "\\u00e9"}')).toBeNull();
    expect(findJsonSyntaxProblem('[1 2]')).toEqual({
      offset: 3,
      reason: "expected ',' or ']', unexpected character \"2\"",
    });
    expect(findJsonSyntaxProblem('"abc')).toEqual({ offset: 4, reason: 'unterminated string' });
    expect(findJsonSyntaxProblem('{"a" 1}')?.reason).toMatch(/expected ':'/);
    expect(findJsonSyntaxProblem('{} x')?.reason).toMatch(/after the end of the JSON/);
    expect(findJsonSyntaxProblem(`${'['.repeat(100_000)}${']'.repeat(99_999)}`)?.reason).toMatch(
      /end of the file/,
    );
  });

  it('drops __proto__ / constructor / prototype keys with a warning, and pollutes nothing', () => {
    const text =
      '{"nodes": [{"key": "a", "attributes": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": 1}}, ' +
      '"ok": {"nested": 1, "__proto__": {"polluted": 2}}}}], "edges": [], "attributes": {"prototype": 1}}';
    const result = importGraph({ name: 'p.json', text });
    expect(nodeAttributes(result, 'a')).toEqual({ label: 'a', ok: { nested: 1 } });
    expect(Object.keys(nodeAttributes(result, 'a').ok as object)).toEqual(['nested']);
    expect(result.serialized.attributes).toEqual({});
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'Dropped the attribute "__proto__" from 1 node (reserved name)',
        'Dropped the attribute "constructor" from 1 node (reserved name)',
        'Dropped the attribute "prototype" from 1 graph (reserved name)',
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const graph = graphFrom(result);
    expect(graph.getNodeAttributes('a')).not.toHaveProperty('polluted');
  });
});
