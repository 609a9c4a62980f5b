// Unit tests of report bundles: the example bundle reads, bad sources and non-verbatim quotes are refused clearly.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { BundleError, computeBundleMentions, isBundle, readBundle } from '../../../src/data/bundle';

const EXAMPLE = JSON.parse(
  readFileSync(
    new URL('../../../graph-data/examples/meadowfield-water-forum.bundle.json', import.meta.url),
    'utf8',
  ),
) as SerializedGraph;

const graphOf = (serialized: SerializedGraph) => Graph.from(structuredClone(serialized));

describe('report bundles', () => {
  it('reads the example bundle: its source, and mentions of its entities', () => {
    const graph = graphOf(EXAMPLE);
    expect(isBundle(graph)).toBe(true);
    const source = readBundle(graph);
    expect(source.title).toContain('Meadowfield');
    expect(source.paragraphs).toHaveLength(4);
    const mentions = computeBundleMentions(graph, source.paragraphs);
    expect(mentions['leader/tomas-brandt']!.map((m) => m.paragraph)).toEqual([1, 3]);
  });

  it('is not a bundle when `source` is a path or absent', () => {
    const graph = new Graph();
    expect(isBundle(graph)).toBe(false);
    graph.setAttribute('source', 'sources/report.txt');
    expect(isBundle(graph)).toBe(false);
  });

  it('refuses a malformed source, naming the field', () => {
    const graph = graphOf(EXAMPLE);
    graph.setAttribute('source', { title: 'x', paragraphs: 'not a list' });
    expect(() => readBundle(graph)).toThrow(BundleError);
    expect(() => readBundle(graph)).toThrow(/source\.paragraphs/);
  });

  it('refuses a quote that is not verbatim and a paragraph outside the text, naming the edges', () => {
    const graph = graphOf(EXAMPLE);
    graph.setEdgeAttribute('e1', 'evidence', [
      { paragraph: 1, quote: 'was held in Riverton on 13 March 2024' },
    ]);
    graph.setEdgeAttribute('e2', 'evidence', [{ paragraph: 9, quote: 'anything at all' }]);
    graph.setEdgeAttribute('e3', 'evidence', 'paragraph one');
    let error: unknown;
    try {
      readBundle(graph);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BundleError);
    const { problems, message } = error as BundleError;
    expect(problems).toEqual([
      'edge "e1" evidence #1: the quote is not verbatim in paragraph 1',
      'edge "e2" evidence #1: paragraph 9 is not in 1–4',
      'edge "e3": evidence must be a list of {"paragraph": number, "quote": text}',
    ]);
    expect(message).toMatch(/^This report bundle's source text does not match its graph \(3 problems\)/);
  });
});
