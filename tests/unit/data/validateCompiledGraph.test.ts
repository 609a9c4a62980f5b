// Unit tests for validateCompiledGraph: a fresh compile passes; each corrupted variant fails with its rule id.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../src/data/compileDataset';
import type { SerializedKgGraph } from '../../../src/data/compiledTypes';
import type { RuleId } from '../../../src/data/issues';
import { validateCompiledGraph } from '../../../src/data/validateCompiledGraph';
import { loadCompiledGraph } from '../../../src/data/loadCompiledGraph';
import { makeValidDataset, VALID_SOURCE_TEXT } from '../../fixtures/data/makeValidDataset';

type Mutable = {
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> }>;
  attributes: Record<string, unknown>;
  options: Record<string, unknown>;
};

function makeCompiled(): Mutable {
  const { graph } = compileDataset(makeValidDataset());
  return structuredClone(graph) as unknown as Mutable;
}

function first<T>(items: T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('empty fixture');
  return item;
}

const BROKEN: Array<[RuleId, string, (graph: Mutable) => void]> = [
  [
    'schema',
    'undirected options',
    (g) => {
      g.options.type = 'undirected';
    },
  ],
  [
    'schema',
    'a node without a label',
    (g) => {
      delete first(g.nodes).attributes.label;
    },
  ],
  [
    'schema',
    'an edge with empty evidence',
    (g) => {
      first(g.edges).attributes.evidence = [];
    },
  ],
  [
    'type-attribute',
    'a node "type" attribute',
    (g) => {
      first(g.nodes).attributes.type = 'circle';
    },
  ],
  [
    'type-attribute',
    'an edge "type" attribute',
    (g) => {
      first(g.edges).attributes.type = 'curved';
    },
  ],
  [
    'unknown-kind',
    'a kind outside the ontology',
    (g) => {
      first(g.nodes).attributes.kind = 'person';
    },
  ],
  [
    'unknown-relation',
    'a relation outside the ontology',
    (g) => {
      const edge = first(g.edges);
      edge.attributes.relation = 'hosted_by';
      edge.key = `hosted_by:${edge.source}->${edge.target}`;
    },
  ],
  [
    'non-finite-position',
    'a NaN coordinate',
    (g) => {
      first(g.nodes).attributes.x = Number.NaN;
    },
  ],
  [
    'non-finite-position',
    'a missing coordinate',
    (g) => {
      delete first(g.nodes).attributes.y;
    },
  ],
  [
    'edge-key',
    'a wrong edge key',
    (g) => {
      first(g.edges).key = 'edge-1';
    },
  ],
  [
    'unknown-node',
    'an edge to a missing node',
    (g) => {
      g.nodes = g.nodes.filter((node) => node.key !== 'theme/ecology');
    },
  ],
  [
    'quote-not-verbatim',
    'an altered quote',
    (g) => {
      first(g.edges).attributes.evidence = [{ paragraph: 1, quote: 'was held in Beijing' }];
    },
  ],
  [
    'paragraph-uncovered',
    'a paragraph no edge cites',
    (g) => {
      g.edges = g.edges.filter(
        (edge) => !(edge.attributes.evidence as Array<{ paragraph: number }>).some((e) => e.paragraph === 3),
      );
    },
  ],
];

describe('validateCompiledGraph', () => {
  it('accepts a fresh compile', () => {
    expect(validateCompiledGraph(makeCompiled(), VALID_SOURCE_TEXT).issues).toEqual([]);
  });

  it('rejects something that is not a graph', () => {
    expect(
      validateCompiledGraph({ nodes: 'x' }, VALID_SOURCE_TEXT).issues.map((issue) => issue.rule),
    ).toEqual(['schema']);
  });

  it.each(BROKEN)('reports exactly [%s] for %s', (rule, _what, breakIt) => {
    const graph = makeCompiled();
    breakIt(graph);
    const report = validateCompiledGraph(graph as unknown as SerializedKgGraph, VALID_SOURCE_TEXT);
    expect(report.errorCount).toBeGreaterThan(0);
    expect([...new Set(report.issues.map((issue) => issue.rule))]).toEqual([rule]);
  });
});

describe('loadCompiledGraph', () => {
  it('returns the graph for a valid compile and null with a report otherwise', () => {
    const good = loadCompiledGraph(makeCompiled(), VALID_SOURCE_TEXT);
    expect(good.report.errorCount).toBe(0);
    expect(good.graph?.order).toBe(8);
    const broken = makeCompiled();
    first(broken.nodes).attributes.kind = 'person';
    const bad = loadCompiledGraph(broken, null, 'opened.json');
    expect(bad.graph).toBeNull();
    expect(bad.report.issues[0]).toMatchObject({ file: 'opened.json', rule: 'unknown-kind' });
  });

  it('skips text checks when the source text is unknown', () => {
    const graph = makeCompiled();
    first(graph.edges).attributes.evidence = [{ paragraph: 99, quote: 'not in any source' }];
    expect(validateCompiledGraph(graph, null).issues).toEqual([]);
  });
});
