// summarizeEdges: one pass over the edges gives what the separate counts, weight finder and summaries give.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { countStages, summarizeEdgeFacetCandidates, summarizeEdges } from '../../../src/model/edgeFacets';
import { findWeightAttribute } from '../../../src/model/metrics/edgeWeight';

function makeMixedGraph() {
  const graph = new MultiDirectedGraph();
  for (const node of ['a', 'b', 'c']) graph.addNode(node);
  graph.addEdge('a', 'b', { relation: 'pledged', stage: 'new', Weight: 2, line: 'north' });
  graph.addEdge('a', 'b', { relation: 'pledged', stage: 'continuing', Weight: 0.5, line: 'south' });
  graph.addEdge('b', 'c', { relation: 'attended', Weight: 1, line: 'north' });
  graph.addEdge('c', 'a', { relation: 'custom', line: 'north', note: 'text' });
  return graph;
}

function separately(graph: MultiDirectedGraph) {
  const relationCounts = new Map<unknown, number>();
  graph.forEachEdge((_e, attributes) =>
    relationCounts.set(attributes.relation, (relationCounts.get(attributes.relation) ?? 0) + 1),
  );
  return {
    relationCounts,
    stages: countStages(graph),
    weightAttribute: findWeightAttribute(graph),
    candidates: summarizeEdgeFacetCandidates(graph),
  };
}

describe('summarizeEdges', () => {
  it('matches the separate passes', () => {
    const graph = makeMixedGraph();
    const summary = summarizeEdges(graph);
    expect(summary).toEqual(separately(graph));
    expect(summary.weightAttribute).toBe('Weight');
    expect(summary.stages).toEqual([
      { stage: 'new', count: 1 },
      { stage: 'continuing', count: 1 },
    ]);
    expect(summary.relationCounts.get('pledged')).toBe(2);
  });

  it('matches them with edges that carry no attributes (counted apart), which also count against a weight', () => {
    const graph = makeMixedGraph();
    const bare = [0, 1, 2].map(() => graph.addEdge('c', 'b'));
    const summary = summarizeEdges(graph);
    expect(summary).toEqual(separately(graph));
    expect(summary.relationCounts.get(undefined)).toBe(3);
    // Three weighted edges of seven: too few for a weight.
    expect(summary.weightAttribute).toBeUndefined();
    graph.dropEdge(bare[0]!);
    expect(summarizeEdges(graph).weightAttribute).toBe('Weight');
  });

  it('finds no weight when a weight is not a number, and nothing in an empty graph', () => {
    const graph = makeMixedGraph();
    graph.addEdge('b', 'a', { relation: 'pledged', Weight: 'heavy' });
    expect(summarizeEdges(graph).weightAttribute).toBeUndefined();
    expect(summarizeEdges(new MultiDirectedGraph())).toEqual({
      relationCounts: new Map(),
      stages: [],
      weightAttribute: undefined,
      candidates: [],
    });
  });
});
