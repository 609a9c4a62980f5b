// Exports of undirected and mixed graphs (what the filters show) keep each edge's direction and weight on re-import.
import { describe, expect, it } from 'vitest';
import { exportEdgesCsv, exportGexf, exportGraphml, exportJson } from '../../../src/data/export';
import { importGraph } from '../../../src/data/import/importGraph';
import { makeSubgraph } from '../../../src/model/subgraph';
import { graphFrom, readFixture } from '../import/importTestHelpers';

const rail = () => graphFrom(importGraph({ name: 'rail.gexf', text: readFixture('gephi-yrd-rail.gexf') }));

describe('exporting an undirected graph', () => {
  // The Jiangsu and Shanghai part, as a province filter would show it.
  const visible = makeSubgraph(rail(), (_node, attributes) =>
    ['Jiangsu', 'Shanghai'].includes(attributes.province),
  );

  it.each([
    ['gexf', exportGexf],
    ['graphml', exportGraphml],
    ['json', exportJson],
    ['csv', exportEdgesCsv],
  ] as const)('%s: stays undirected, with the same edges and weights', (format, write) => {
    const result = importGraph({ name: `out.${format}`, text: write(visible) });
    expect(result.serialized.options.type).toBe('undirected');
    const edges = (list: { source: string; target: string; attributes?: Record<string, unknown> }[]) =>
      list
        .map((edge) => `${[edge.source, edge.target].sort().join('—')} ${String(edge.attributes?.weight)}`)
        .sort();
    expect(edges(result.serialized.edges)).toEqual(edges(visible.export().edges));
    expect(result.warnings).toEqual([]);
  });
});
