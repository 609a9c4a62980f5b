// Unit tests for compileDataset: refusal on errors, attributes, edge keys, deterministic bytes and finite layout.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileDataset, serializeCompiledDataset } from '../../../src/data/compileDataset';
import { makeGraphFromSerialized } from '../../../src/data/makeGraphFromSerialized';
import { validateCompiledGraph } from '../../../src/data/validateCompiledGraph';
import { formatIssue } from '../../../src/data/issues';
import { getEntries, makeValidDataset, VALID_SOURCE_TEXT } from '../../fixtures/data/makeValidDataset';

describe('compileDataset', () => {
  it('refuses to compile a dataset with errors, listing them', () => {
    const input = makeValidDataset();
    const [edge] = getEntries(input, 'edges/p01.json');
    if (edge) edge.relation = 'hosted_by';
    expect(() => compileDataset(input)).toThrow(/unknown-relation/);
  });

  it('produces identical bytes on repeated compiles', () => {
    const first = serializeCompiledDataset(compileDataset(makeValidDataset()));
    const second = serializeCompiledDataset(compileDataset(makeValidDataset()));
    expect(second.graphJson).toBe(first.graphJson);
    expect(second.mentionsJson).toBe(first.mentionsJson);
    expect(first.graphJson.endsWith('}\n')).toBe(true);
    expect(first.graphJson).toContain('\n  "nodes": [\n');
  });

  it('does not depend on the order of files or entries', () => {
    const shuffled = makeValidDataset();
    getEntries(shuffled, 'edges/p01.json').reverse();
    getEntries(shuffled, 'nodes/provinces.json').reverse();
    shuffled.files = Object.fromEntries(Object.entries(shuffled.files).reverse());
    expect(serializeCompiledDataset(compileDataset(shuffled))).toEqual(
      serializeCompiledDataset(compileDataset(makeValidDataset())),
    );
  });

  it('sorts nodes and edges by key and keys edges as relation:source->target', () => {
    const { graph } = compileDataset(makeValidDataset());
    const nodeKeys = graph.nodes.map((node) => node.key);
    expect(nodeKeys).toEqual([...nodeKeys].sort());
    const edgeKeys = graph.edges.map((edge) => edge.key ?? '');
    expect(edgeKeys).toEqual([...edgeKeys].sort());
    expect(edgeKeys).toContain('held_in:event/symposium-2025->region/nanjing');
    for (const edge of graph.edges)
      expect(edge.key).toBe(`${edge.attributes?.relation}:${edge.source}->${edge.target}`);
  });

  it('copies attributes, omitting absent optional ones, and sets graph attributes', () => {
    const { graph } = compileDataset(makeValidDataset());
    expect(graph.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(graph.attributes).toEqual({
      name: 'tiny',
      title: 'Tiny test dataset',
      source: 'sources/tiny.txt',
    });
    const event = graph.nodes.find((node) => node.key === 'event/symposium-2025')?.attributes;
    expect(event).toMatchObject({
      kind: 'event',
      label: '2025 Annual Symposium',
      date: '2025-06-06',
      endDate: '2025-06-07',
      place: 'Nanjing',
    });
    const nanjing = graph.nodes.find((node) => node.key === 'region/nanjing')?.attributes;
    expect(Object.keys(nanjing ?? {})).toEqual(['label', 'kind', 'aliases', 'description', 'x', 'y']);
    const office = graph.edges.find(
      (edge) => edge.key === 'holds_office:leader/chen-jining->province/shanghai',
    )?.attributes;
    expect(office).toEqual({
      relation: 'holds_office',
      evidence: [{ paragraph: 2, quote: 'Secretary of Shanghai Municipal Party Committee' }],
      title: 'Secretary of the Municipal Party Committee',
    });
  });

  it('lays out every node at a finite, rounded, distinct position', () => {
    const { graph } = compileDataset(makeValidDataset());
    const positions = new Set<string>();
    for (const node of graph.nodes) {
      const { x, y } = node.attributes ?? { x: NaN, y: NaN };
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
      expect(Math.round(y * 100) / 100).toBe(y);
      positions.add(`${x},${y}`);
    }
    expect(positions.size).toBe(graph.nodes.length);
  });

  it('compiles into a graph that passes validateCompiledGraph and round-trips through makeGraphFromSerialized', () => {
    const { graph } = compileDataset(makeValidDataset());
    expect(validateCompiledGraph(graph, VALID_SOURCE_TEXT).issues.map(formatIssue)).toEqual([]);
    const multi = makeGraphFromSerialized(graph);
    expect(multi.type).toBe('directed');
    expect(multi.multi).toBe(true);
    expect(multi.order).toBe(8);
    expect(multi.size).toBe(10);
    expect(multi.getNodeAttribute('leader/chen-jining', 'kind')).toBe('leader');
    expect(multi.source('spoke_at:leader/chen-jining->event/symposium-2025')).toBe('leader/chen-jining');
  });

  it('computes mentions for every node', () => {
    const { mentions } = compileDataset(makeValidDataset());
    expect(Object.keys(mentions)).toHaveLength(8);
    expect(mentions['leader/chen-jining']?.map((m) => m.paragraph)).toEqual([1, 2]);
  });
});
