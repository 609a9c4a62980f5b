// importGraph as a whole: format detection, empty files, byte and count limits, normalisation of odd attributes.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/data/import/detectFormat';
import { GraphImportError } from '../../../src/data/import/GraphImportError';
import { importGraph } from '../../../src/data/import/importGraph';
import {
  DEFAULT_IMPORT_LIMITS,
  formatSizeComparison,
  utf8ByteLength,
} from '../../../src/data/import/importLimits';
import { gexf, graphml, importError, nodeAttributes, readFixture } from './importTestHelpers';

describe('detectFormat', () => {
  it('uses the extension first', () => {
    expect(detectFormat('a.GEXF', '')).toBe('gexf');
    expect(detectFormat('a.graphml', '{')).toBe('graphml');
    expect(detectFormat('a.json', '<gexf>')).toBe('json');
    expect(detectFormat('a.csv', '')).toBe('csv');
    expect(detectFormat('a.tsv', '')).toBe('csv');
  });

  it('sniffs the content otherwise', () => {
    expect(detectFormat('graph.xml', '\uFEFF  <?xml version="1.0"?>\n<gexf version="1.3">')).toBe('gexf');
    expect(detectFormat('graph.xml', '<?xml version="1.0"?><graphml xmlns="x">')).toBe('graphml');
    expect(detectFormat('download', ' {"nodes": []}')).toBe('json');
    expect(detectFormat('edges.txt', 'source,target\n')).toBe('csv');
    expect(() => detectFormat('page.xml', '<html></html>')).toThrow(GraphImportError);
    expect(() => detectFormat('page.xml', '<html></html>')).toThrow(/neither GEXF .* nor GraphML/);
  });
});

describe('importGraph limits and empty files', () => {
  it('rejects empty and blank files', () => {
    for (const text of ['', '   \n\t', '\uFEFF']) {
      const error = importError({ name: 'g.gexf', text });
      expect(error.message).toBe('The file is empty');
      expect(error.format).toBe('gexf');
    }
  });

  it('rejects files over the byte limit before parsing', () => {
    const error = importError(
      { name: 'g.json', text: '{"nodes": [' + ' '.repeat(2000) },
      { limits: { maxBytes: 1024 } },
    );
    expect(error.message).toBe('The file is 2.0 KB; the limit is 1.0 KB');
    expect(error.format).toBe('json');
    const multiByte = importError({ name: 'e.csv', text: 'é'.repeat(600) }, { limits: { maxBytes: 1000 } });
    expect(multiByte.message).toBe('The file is 1.2 KB; the limit is 1000 bytes');
  });

  it('formats sizes like "312 MB; the limit is 200 MB"', () => {
    expect(formatSizeComparison(312 * 1024 * 1024, DEFAULT_IMPORT_LIMITS.maxBytes)).toBe(
      '312 MB; the limit is 200 MB',
    );
    expect(formatSizeComparison(200.3 * 1024 * 1024, DEFAULT_IMPORT_LIMITS.maxBytes)).toBe(
      '200.3 MB; the limit is 200.0 MB',
    );
    expect(utf8ByteLength('aé中😀')).toBe(1 + 2 + 3 + 4);
    expect(DEFAULT_IMPORT_LIMITS).toEqual({
      maxBytes: 209_715_200,
      maxNodes: 1_000_000,
      maxEdges: 2_000_000,
    });
  });

  it('rejects graphs over the node or edge limit in every format', () => {
    const limits = { maxNodes: 2, maxEdges: 2 };
    const nodes3 = '<nodes><node id="a"/><node id="b"/><node id="c"/></nodes>';
    expect(importError({ name: 'g.gexf', text: gexf(nodes3) }, { limits }).message).toBe(
      'The graph has 3 nodes; the limit is 2',
    );
    expect(
      importError(
        {
          name: 'g.graphml',
          text: graphml(
            '<node id="a"/><edge source="a" target="a"/>'.repeat(1) +
              '<edge source="a" target="a"/><edge source="a" target="a"/>',
          ),
        },
        { limits },
      ).message,
    ).toBe('The graph has 3 edges; the limit is 2');
    expect(
      importError(
        { name: 'g.json', text: JSON.stringify({ nodes: [{ key: 1 }, { key: 2 }, { key: 3 }], edges: [] }) },
        { limits },
      ).message,
    ).toBe('The graph has 3 nodes; the limit is 2');
    expect(
      importError({ name: 'e.csv', text: 'source,target\na,b\nb,a\na,a\nb,b\n' }, { limits }).message,
    ).toBe('The graph has 4 edges; the limit is 2');
    expect(importError({ name: 'e.csv', text: 'source,target\na,b\nc,a\n' }, { limits }).message).toBe(
      'The graph has 3 nodes; the limit is 2',
    );
    const big = importError(
      { name: 'e.csv', text: 'source,target\n' + 'a,b\n'.repeat(2_400) },
      { limits: { maxEdges: 2_000 } },
    );
    expect(big.message).toBe('The graph has 2,400 edges; the limit is 2,000');
  });
});

describe('importGraph robustness', () => {
  it('turns even invalid input objects into a GraphImportError', () => {
    const error = importError({ name: 'g.graphml', text: 42 as unknown as string });
    expect(error.format).toBe('graphml');
    expect(error.message).toMatch(/^GraphML: could not read the file: /);
  });
});

describe('importGraph normalisation', () => {
  it('gives every node a string label, coerces numeric positions and drops invalid ones', () => {
    const text = JSON.stringify({
      nodes: [
        { key: 'a', attributes: { label: 42, x: '1.5', y: 2 } },
        { key: 'b', attributes: { label: { text: 'x' }, x: 'left', y: null } },
        { key: 'c', attributes: { label: true, x: 1, y: 1, size: -3, color: 'javascript:alert(1)' } },
      ],
      edges: [],
    });
    const result = importGraph({ name: 'g.json', text });
    expect(nodeAttributes(result, 'a')).toEqual({ label: '42', x: 1.5, y: 2 });
    expect(nodeAttributes(result, 'b')).toEqual({ label: 'b' });
    expect(nodeAttributes(result, 'c')).toEqual({ label: 'true', x: 1, y: 1 });
    expect(result.hasPositions).toBe(false);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'Ignored an invalid "x" on 1 node (not a finite number)',
        'Ignored an invalid "y" on 1 node (not a finite number)',
        'Ignored an invalid "size" on 1 node (not a non-negative finite number)',
        'Ignored an invalid "color" on 1 node (not a CSS colour)',
        'Only 2 of 3 nodes have a position (x and y); the graph needs a layout',
      ]),
    );
  });

  it('renames "type" to type_ when kind/relation already exist', () => {
    const text = JSON.stringify({
      nodes: [{ key: 'a', attributes: { type: 'circle', kind: 'person' } }],
      edges: [{ key: 'e', source: 'a', target: 'a', attributes: { type: 'arrow', relation: 'self' } }],
    });
    const result = importGraph({ name: 'g.json', text });
    expect(nodeAttributes(result, 'a')).toEqual({ label: 'a', kind: 'person', type_: 'circle' });
    expect(result.serialized.edges[0]?.attributes).toEqual({ relation: 'self', type_: 'arrow' });
    expect(result.warnings).toContain(
      'Renamed the node attribute "type" to "type_" on 1 node (sigma reserves "type" for its renderers)',
    );
  });

  it('warns when a nodes CSV comes with a non-CSV file, and reports progress stages', () => {
    const stages: string[] = [];
    const result = importGraph(
      {
        name: 'positions.gexf',
        text: readFixture('positions.gexf'),
        nodesCsv: { name: 'n.csv', text: 'id\na' },
      },
      { onProgress: (progress) => stages.push(progress.stage) },
    );
    expect(result.warnings[0]).toBe('The nodes file n.csv was ignored: it only goes with a CSV edge list');
    expect(stages).toEqual(['parsing', 'normalising']);
  });
});
