// Unit tests of groupStatements: edges quoting the same words are one statement; others stay apart.
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../../src/model/compare/statementCount';

function makeGraph(quotes: Record<string, Array<[number, string]>>): MultiGraph {
  const graph = new MultiGraph();
  graph.addNode('a');
  graph.addNode('b');
  for (const [key, evidence] of Object.entries(quotes))
    graph.addEdgeWithKey(key, 'a', 'b', {
      relation: 'pledged',
      evidence: evidence.map(([paragraph, quote]) => ({ paragraph, quote })),
    });
  return graph;
}

describe('groupStatements', () => {
  it('joins edges with the same quote, or one quote inside the other, in the same paragraph', () => {
    const graph = makeGraph({
      leader: [[14, 'faithfully practicing the "88 Strategy"']],
      province: [[14, 'faithfully practicing the "88 Strategy"']],
      applies: [[14, 'Zhejiang must implement, faithfully practicing the "88 Strategy", and more']],
      other: [[14, 'collaborate to create a source of innovation']],
    });
    expect(groupStatements(graph, ['leader', 'province', 'applies', 'other'])).toEqual([
      ['leader', 'province', 'applies'],
      ['other'],
    ]);
  });

  it('keeps apart the same words in different paragraphs, and edges without evidence', () => {
    const graph = makeGraph({
      p12: [[12, 'high-level opening up']],
      p13: [[13, 'high-level opening up']],
      none: [],
    });
    expect(groupStatements(graph, ['p12', 'p13', 'none'])).toEqual([['p12'], ['p13'], ['none']]);
  });

  it('merges groups that a later edge bridges', () => {
    const graph = makeGraph({
      x: [[1, 'alpha beta']],
      y: [[1, 'gamma delta']],
      bridge: [
        [1, 'alpha'],
        [1, 'delta'],
      ],
    });
    expect(groupStatements(graph, ['x', 'y', 'bridge'])).toEqual([['x', 'y', 'bridge']]);
  });
});
