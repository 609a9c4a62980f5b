// The colouring a graph opens with: YRD kinds, the file's own colours, the best categorical attribute, or none.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  chooseDefaultColouring,
  DEFAULT_MAX_COLOUR_VALUES,
  rankColouringCandidates,
} from '../../../src/model/defaultColouring';
import { importGraph } from '../../../src/data/import/importGraph';
import { graphFrom, readFixture } from '../import/importTestHelpers';
import { makeTinyGraph } from '../helpers/tinyGraph';

/** A graph of n nodes whose attributes are given per node by `attributes(i)`. */
function makeGraph(n: number, attributes: (i: number) => Record<string, unknown>): Graph {
  const graph = new Graph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { label: `Node ${i}`, ...attributes(i) });
  return graph;
}

const rail = () => graphFrom(importGraph({ name: 'rail.gexf', text: readFixture('gephi-yrd-rail.gexf') }));

describe('chooseDefaultColouring', () => {
  it('colours the YRD graph by kind', () => {
    expect(chooseDefaultColouring(makeTinyGraph())).toEqual({ by: 'kind' });
  });

  it("keeps a Gephi file's colours, naming the attribute they follow (Gephi's partition colouring)", () => {
    expect(chooseDefaultColouring(rail())).toEqual({ by: 'file', attribute: 'modularity_class' });
  });

  it('keeps file colours that follow no attribute, without naming one', () => {
    const graph = makeGraph(6, (i) => ({ group: i % 2 ? 'a' : 'b', color: `#00000${i}` }));
    expect(chooseDefaultColouring(graph)).toEqual({ by: 'file' });
  });

  it('picks the attribute covering most nodes, then one that is not a yes/no flag, then the fewest values', () => {
    const graph = makeGraph(20, (i) => ({
      region: ['north', 'south', 'east', 'west'][i % 4],
      party: i < 15 ? ['red', 'blue'][i % 2] : undefined,
      capital: i % 2 === 0,
      sector: ['a', 'b', 'c', 'd', 'e', 'f'][i % 6],
    }));
    expect(chooseDefaultColouring(graph)).toEqual({
      by: 'attribute',
      attribute: 'region',
      values: 4,
      coverage: 1,
      numeric: false,
    });
    expect(rankColouringCandidates(graph).map((c) => c.attribute)).toEqual([
      'region',
      'sector',
      'capital',
      'party',
    ]);
  });

  it('accepts integer codes only under a group-like name (modularity_class, community…), not counts or years', () => {
    const graph = makeGraph(12, (i) => ({ modularity_class: i % 3, year: 2020 + (i % 3), degree: i % 4 }));
    expect(chooseDefaultColouring(graph)).toMatchObject({
      by: 'attribute',
      attribute: 'modularity_class',
      numeric: true,
    });
    const withoutColours = rail();
    withoutColours.forEachNode((node) => withoutColours.removeNodeAttribute(node, 'color'));
    expect(rankColouringCandidates(withoutColours).map((c) => c.attribute)).toEqual([
      'modularity_class',
      'province',
    ]);
  });

  it('refuses attributes with too many values, unique values, or on too few nodes, and then colours by nothing', () => {
    const many = makeGraph(40, (i) => ({ city: `c${i % (DEFAULT_MAX_COLOUR_VALUES + 1)}` }));
    const unique = makeGraph(10, (i) => ({ code: `x${i}` }));
    const sparse = makeGraph(10, (i) => (i < 4 ? { group: i % 2 ? 'a' : 'b' } : {}));
    for (const graph of [many, unique, sparse, new Graph()])
      expect(chooseDefaultColouring(graph)).toEqual({ by: 'none' });
  });

  it('treats a kind outside the YRD ontology as an ordinary attribute', () => {
    const graph = makeGraph(8, (i) => ({ kind: i % 2 ? 'person' : 'company' }));
    expect(chooseDefaultColouring(graph)).toMatchObject({ by: 'attribute', attribute: 'kind' });
  });

  it('never colours by names, descriptions or drawing attributes', () => {
    const graph = makeGraph(8, (i) => ({ shape: i % 2 ? 'disc' : 'square', title: i % 2 ? 'Mr' : 'Ms' }));
    expect(chooseDefaultColouring(graph)).toEqual({ by: 'none' });
  });
});
