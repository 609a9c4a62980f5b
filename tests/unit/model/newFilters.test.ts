// Unit tests of the stage, edge-facet and range filters on tiny inline graphs, and of their helpers.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { countStages, findEdgeFacets } from '../../../src/model/edgeFacets';
import {
  fieldValues,
  makeFieldReader,
  makeHistogram,
  roundRangeOutward,
} from '../../../src/model/filters/rangeFields';
import { computeVisibility } from '../../../src/model/filters/visibility';

/** The symposium resolves one new and one continuing measure; a leader holds an office (no stage). */
function makeStagedGraph() {
  const graph = new MultiDirectedGraph();
  for (const node of ['event/s', 'program/new', 'program/old', 'leader/a', 'province/p']) graph.addNode(node);
  graph.addEdgeWithKey('r1', 'event/s', 'program/new', { relation: 'resolved_to_promote', stage: 'new' });
  graph.addEdgeWithKey('r2', 'event/s', 'program/old', {
    relation: 'resolved_to_promote',
    stage: 'continuing',
  });
  graph.addEdgeWithKey('o1', 'leader/a', 'province/p', { relation: 'holds_office' });
  return graph;
}

/** A foreign graph: rail lines with a `line` category, a weight, and a numeric node attribute. */
function makeRailGraph() {
  const graph = new MultiDirectedGraph();
  graph.addNode('a', { population: 10 });
  graph.addNode('b', { population: 20 });
  graph.addNode('c', { population: 30 });
  graph.addNode('d', { population: 'unknown' });
  graph.addEdgeWithKey('ab', 'a', 'b', { line: 'HSR', weight: 5 });
  graph.addEdgeWithKey('bc', 'b', 'c', { line: 'HSR', weight: 1 });
  graph.addEdgeWithKey('cd', 'c', 'd', { line: 'intercity', weight: 2 });
  graph.addEdgeWithKey('ad', 'a', 'd', { relation: 'road' });
  return graph;
}

describe('stage filter', () => {
  const graph = makeStagedGraph();

  it('keeps only statements of the chosen stage', () => {
    const v = computeVisibility(graph, [{ type: 'stage', stage: 'new' }]);
    expect(v.isEdgeVisible('r1')).toBe(true);
    expect(v.isEdgeVisible('r2')).toBe(false);
  });

  it('leaves edges without a stage visible, and every node', () => {
    const v = computeVisibility(graph, [{ type: 'stage', stage: 'continuing' }]);
    expect(v.isEdgeVisible('o1')).toBe(true);
    expect([v.nodeCount, v.edgeCount]).toEqual([5, 2]);
  });

  it('counts the stages the graph carries, in their order', () => {
    expect(countStages(graph)).toEqual([
      { stage: 'new', count: 1 },
      { stage: 'continuing', count: 1 },
    ]);
    expect(countStages(makeRailGraph())).toEqual([]);
  });
});

describe('edge facet filter', () => {
  const graph = makeRailGraph();

  it('hides the edges with an unchecked value, keeping edges without the attribute and every node', () => {
    const v = computeVisibility(graph, [{ type: 'edgeFacet', attribute: 'line', hidden: ['HSR'] }]);
    expect(['ab', 'bc', 'cd', 'ad'].map((e) => v.isEdgeVisible(e))).toEqual([false, false, true, true]);
    expect(v.nodeCount).toBe(4);
  });

  it('filters nothing with no hidden value', () => {
    const v = computeVisibility(graph, [{ type: 'edgeFacet', attribute: 'line', hidden: [] }]);
    expect(v.edgeCount).toBe(4);
  });

  it('finds categorical edge attributes, and a relation column only when it is not the ontology', () => {
    const facets = findEdgeFacets(graph);
    expect(facets.map((f) => f.attribute)).toEqual(['line']);
    expect(facets[0]!.values).toEqual([
      { value: 'HSR', count: 2 },
      { value: 'intercity', count: 1 },
    ]);
    const typed = new MultiDirectedGraph();
    typed.addNode('x');
    typed.addNode('y');
    typed.addEdge('x', 'y', { relation: 'coordinates' });
    typed.addEdge('x', 'y', { relation: 'coordinates' });
    typed.addEdge('y', 'x', { relation: 'assigns' });
    expect(findEdgeFacets(typed).map((f) => f.attribute)).toEqual(['relation']);
    // The YRD graph's relations have their own filter; its stages too.
    expect(findEdgeFacets(makeStagedGraph())).toEqual([]);
  });
});

describe('range filter', () => {
  const graph = makeRailGraph();

  it('keeps nodes whose attribute lies in the range (inclusive); a node without a number is hidden', () => {
    const v = computeVisibility(graph, [{ type: 'range', field: 'attr:population', min: 15, max: 30 }]);
    expect(['a', 'b', 'c', 'd'].map((n) => v.isNodeVisible(n))).toEqual([false, true, true, false]);
    // An edge needs both ends visible.
    expect([v.isEdgeVisible('bc'), v.isEdgeVisible('ab'), v.edgeCount]).toEqual([true, false, 1]);
  });

  it('reads degree from the graph and other metrics from computed results', () => {
    const busier = graph.copy();
    busier.addEdge('a', 'c');
    const v = computeVisibility(busier, [{ type: 'range', field: 'degree', min: 3, max: 3 }]);
    expect(v.nodes).toEqual(new Set(['a', 'c']));
    const pagerank = { a: 0.1, b: 0.4, c: 0.3, d: 0.2 };
    const w = computeVisibility(graph, [{ type: 'range', field: 'pagerank', min: 0.25, max: 1 }], {
      selectedNode: null,
      metrics: { pagerank },
    });
    expect(w.nodes).toEqual(new Set(['b', 'c']));
  });

  it('filters nothing while a metric is not computed yet', () => {
    const v = computeVisibility(graph, [{ type: 'range', field: 'pagerank', min: 0.25, max: 1 }]);
    expect(v.nodeCount).toBe(4);
    expect(makeFieldReader(graph, 'betweenness')).toBeNull();
    expect(fieldValues(graph, 'betweenness')).toBeNull();
  });

  it('lists the values of a field, leaving out nodes without one', () => {
    expect(fieldValues(graph, 'attr:population')).toEqual([10, 20, 30]);
    expect(fieldValues(graph, 'degree')).toEqual([2, 2, 2, 2]);
  });
});

describe('makeHistogram', () => {
  it('counts values in equal bins, the largest in the last bin', () => {
    expect(makeHistogram([0, 1, 2, 3, 4, 10], 5)).toEqual({ min: 0, max: 10, counts: [2, 2, 1, 0, 1] });
  });

  it('makes one bin when every value is the same, and nothing for no values', () => {
    expect(makeHistogram([7, 7], 10)).toEqual({ min: 7, max: 7, counts: [2] });
    expect(makeHistogram([], 10)).toBeNull();
  });
});

describe('roundRangeOutward', () => {
  it('shortens the bounds to about three digits of the span, keeping every value inside', () => {
    expect(roundRangeOutward(0.003550167124134535, 0.05276467663463083)).toEqual({
      min: 0.0035,
      max: 0.0528,
    });
    expect(roundRangeOutward(2.16, 24.87)).toEqual({ min: 2.1, max: 24.9 });
    expect(roundRangeOutward(1, 45)).toEqual({ min: 1, max: 45 });
    expect(roundRangeOutward(1234, 98765)).toEqual({ min: 1200, max: 98800 });
  });

  it('leaves a single value as it is', () => {
    expect(roundRangeOutward(0.123456, 0.123456)).toEqual({ min: 0.123456, max: 0.123456 });
  });
});
