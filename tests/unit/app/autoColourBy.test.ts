// Unit tests of the automatic "Colour by": chosen for a graph without kinds or colours, kept out of the URL.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { makeAutoColourBy, makeViewContext } from '../../../src/app/explorer/explorerModel';
import { makeFacets } from '../../../src/app/explorer/facets';
import { cleanView, decodeView, encodeView } from '../../../src/state/urlCodec';
import { makeTinyGraph } from '../helpers/tinyGraph';

function makeGroupedGraph(): Graph {
  const graph = new Graph();
  for (let i = 0; i < 12; i++)
    graph.addNode(`n${i}`, { label: `N${i}`, group: ['red', 'green', 'blue'][i % 3] });
  for (let i = 1; i < 12; i++) graph.addEdge(`n${i - 1}`, `n${i}`);
  return graph;
}

describe('automatic colouring', () => {
  it("colours a graph without kinds by its categorical attribute, and leaves the YRD graph's kinds alone", () => {
    const grouped = makeGroupedGraph();
    expect(makeAutoColourBy(grouped, makeFacets(grouped))).toBe('attr:group');
    const tiny = makeTinyGraph();
    expect(makeAutoColourBy(tiny, makeFacets(tiny))).toBeNull();
  });

  it('opens with the automatic choice, keeps it out of the URL, and still lets the URL choose another', () => {
    const graph = makeGroupedGraph();
    const facets = makeFacets(graph);
    const context = makeViewContext(graph, facets, null, makeAutoColourBy(graph, facets));
    const opened = cleanView(decodeView(''), context);
    expect(opened.colourBy).toBe('attr:group');
    expect(encodeView(opened, context)).not.toContain('colour=');
    const byKind = cleanView(decodeView('?colour=kind'), context);
    expect(byKind.colourBy).toBe('kind');
    expect(encodeView(byKind, context)).toContain('colour=kind');
  });
});
