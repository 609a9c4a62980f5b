// summarizeAttributes / summarizeEdgeAttributes: categorical / numeric / list / text detection, small and real graphs.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { summarizeAttributes, summarizeEdgeAttributes } from '../../../src/model/attributeSummary';
import { importGraph } from '../../../src/data/import/importGraph';
import { graphFrom, readFixture } from './importTestHelpers';
import { loadYrdGraph } from '../export/yrdGraph';

describe('summarizeAttributes', () => {
  it('finds kind as categorical with 9 values on the YRD graph', () => {
    const summaries = summarizeAttributes(loadYrdGraph());
    const kind = summaries.find((summary) => summary.name === 'kind');
    expect(kind?.type).toBe('categorical');
    expect(kind?.values).toHaveLength(9);
    const counts = kind?.values?.map((value) => value.count) ?? [];
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(kind?.count);
    expect(summaries.find((summary) => summary.name === 'aliases')?.type).toBe('list');
    expect(summaries.find((summary) => summary.name === 'description')?.type).toBe('text');
    expect(summaries.map((summary) => summary.name)).not.toEqual(expect.arrayContaining(['x', 'y', 'label']));
  });

  it('classifies numbers, lists, booleans, text, and respects maxCategories and coverage', () => {
    const graph = new Graph();
    const rows: Record<string, unknown>[] = [
      { kind: 'a', score: 3, tags: ['x'], flag: true, name: 'n1', rare: 'r', label: 'L', color: '#fff' },
      { kind: 'b', score: -1.5, tags: [], flag: false, name: 'n2' },
      { kind: 'a', score: 10, tags: ['y', 'z'], flag: true, name: 'n3' },
      { kind: 'c', score: 0, tags: ['x'], name: 'n4', mixed: 1 },
      { kind: 'a', mixed: 'one', empty: '' },
    ];
    rows.forEach((attributes, index) => graph.addNode(`n${index}`, attributes));
    const summaries = summarizeAttributes(graph);
    const byName = Object.fromEntries(summaries.map((summary) => [summary.name, summary]));
    expect(Object.keys(byName)).toEqual(['kind', 'score', 'tags', 'flag', 'name', 'rare', 'mixed']);
    expect(byName.kind).toEqual({
      name: 'kind',
      type: 'categorical',
      count: 5,
      values: [
        { value: 'a', count: 3 },
        { value: 'b', count: 1 },
        { value: 'c', count: 1 },
      ],
    });
    expect(byName.score).toEqual({ name: 'score', type: 'numeric', count: 4, min: -1.5, max: 10 });
    expect(byName.tags).toEqual({ name: 'tags', type: 'list', count: 4 });
    expect(byName.flag).toEqual({
      name: 'flag',
      type: 'categorical',
      count: 3,
      values: [
        { value: true, count: 2 },
        { value: false, count: 1 },
      ],
    });
    expect(byName.name?.type).toBe('text');
    expect(byName.rare?.type).toBe('text');
    expect(byName.mixed?.type).toBe('text');
    expect(summarizeAttributes(graph, { maxCategories: 2 }).find((s) => s.name === 'kind')?.type).toBe(
      'text',
    );
  });

  it('returns nothing for an empty graph', () => {
    expect(summarizeAttributes(new Graph())).toEqual([]);
  });
});

describe('summarizeEdgeAttributes', () => {
  it('finds categorical edge attributes (facets) and numeric ones (weights), leaving out relation and drawing', () => {
    const rail = graphFrom(importGraph({ name: 'rail.gexf', text: readFixture('gephi-yrd-rail.gexf') }));
    const summaries = summarizeEdgeAttributes(rail);
    expect(summaries.map((s) => [s.name, s.type])).toEqual([
      ['weight', 'numeric'],
      ['line', 'categorical'],
    ]);
    expect(summaries[0]).toMatchObject({ count: 15, min: 6, max: 96 });
    expect(summaries[1]!.values?.[0]).toEqual({ value: 'Shanghai–Nanjing intercity', count: 4 });
    const yrd = summarizeEdgeAttributes(loadYrdGraph()).map((s) => s.name);
    expect(yrd).not.toContain('relation');
    expect(yrd).not.toContain('evidence');
  });
});
