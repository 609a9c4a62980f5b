// Unit tests of the province × theme/program matrix: the linking rule, counts, evidence keys and orders.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { matrixCell, provinceMatrix } from '../../../src/model/compare/provinceMatrix';
import { groupStatements } from '../../../src/model/compare/statementCount';
import { provinceScope } from '../../../src/model/provinceScope';
import { makeTinyGraph } from '../helpers/tinyGraph';
import { makeStatementGraph } from './statementGraph';

/** The tiny graph plus a program applying to Zhejiang (target -> province) and a second pledge of innovation. */
function makeGraph() {
  const graph = makeTinyGraph();
  graph.addNode('program/zj-pilot', {
    kind: 'program',
    label: 'Zhejiang Pilot',
    aliases: [],
    description: '',
  });
  graph.addNode('theme/unlinked', { kind: 'theme', label: 'Unlinked', aliases: [], description: '' });
  graph.addEdgeWithKey(
    'applies_to:program/zj-pilot->province/zhejiang',
    'program/zj-pilot',
    'province/zhejiang',
    {
      relation: 'applies_to',
      evidence: [],
    },
  );
  graph.addEdgeWithKey('advocated:leader/liu-jie->theme/innovation', 'leader/liu-jie', 'theme/innovation', {
    relation: 'advocated',
    evidence: [],
  });
  return graph;
}

const loadYrd = () => Graph.from(JSON.parse(readFileSync('graph-data/yrd-2025.graph.json', 'utf8')));

describe('provinceMatrix', () => {
  it('counts the edges of the province and of its office holders, either direction', () => {
    const matrix = provinceMatrix(makeGraph(), 'theme');
    expect(matrix.targetKind).toBe('theme');
    expect(matrixCell(matrix, 'province/zhejiang', 'theme/innovation')).toEqual({
      province: 'province/zhejiang',
      target: 'theme/innovation',
      count: 2,
      edges: ['pledged:province/zhejiang->theme/innovation', 'advocated:leader/liu-jie->theme/innovation'],
    });
    expect(matrixCell(matrix, 'province/anhui', 'theme/innovation')?.edges).toEqual([
      'pledged:leader/wang-qingxian->theme/innovation',
    ]);
    expect(matrixCell(matrix, 'province/anhui', 'theme/common-prosperity')).toMatchObject({
      count: 0,
      edges: [],
    });
  });

  it('orders rows Shanghai, Jiangsu, Zhejiang, Anhui and columns by how many provinces share them, then label', () => {
    const matrix = provinceMatrix(makeGraph(), 'theme');
    expect(matrix.provinces.map((p) => p.label)).toEqual(['Zhejiang', 'Anhui']);
    expect(matrix.targets.map((t) => t.key)).toEqual(['theme/innovation', 'theme/common-prosperity']);
    expect(matrix.cells).toHaveLength(2 * 2);
    expect(matrix.cells.map((c) => `${c.province} ${c.target}`)).toEqual([
      'province/zhejiang theme/innovation',
      'province/zhejiang theme/common-prosperity',
      'province/anhui theme/innovation',
      'province/anhui theme/common-prosperity',
    ]);
  });

  it('includes programs linked from either side and leaves out unlinked targets', () => {
    const matrix = provinceMatrix(makeGraph(), 'program');
    expect(matrix.targets.map((t) => t.label).sort()).toEqual([
      'Artificial Intelligence Plus',
      'Zhejiang Pilot',
    ]);
    expect(matrixCell(matrix, 'province/zhejiang', 'program/zj-pilot')?.count).toBe(1);
    expect(provinceMatrix(makeGraph(), 'theme').targets.map((t) => t.key)).not.toContain('theme/unlinked');
  });

  it('puts other provinces after the four, alphabetically', () => {
    const graph = makeGraph();
    graph.addNode('province/beijing', { kind: 'province', label: 'Beijing', aliases: [], description: '' });
    graph.addNode('province/shanghai', { kind: 'province', label: 'Shanghai', aliases: [], description: '' });
    expect(provinceMatrix(graph, 'theme').provinces.map((p) => p.label)).toEqual([
      'Shanghai',
      'Zhejiang',
      'Anhui',
      'Beijing',
    ]);
  });

  it('gives the real graph four province rows, in order, consistent with the province scope', () => {
    const graph = loadYrd();
    for (const kind of ['theme', 'program'] as const) {
      const matrix = provinceMatrix(graph, kind);
      expect(matrix.provinces.map((p) => p.label)).toEqual(['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui']);
      expect(matrix.cells).toHaveLength(4 * matrix.targets.length);
      expect(matrix.targets.length).toBeGreaterThan(0);
      for (const province of matrix.provinces) {
        const scope = provinceScope(graph, province.key).filter(
          (key) => graph.getNodeAttribute(key, 'kind') === kind,
        );
        const linked = matrix.cells
          .filter((c) => c.province === province.key && c.count > 0)
          .map((c) => c.target);
        expect(linked.sort()).toEqual(scope);
      }
      for (const cell of matrix.cells) {
        expect(cell.count).toBe(groupStatements(graph, cell.edges).length);
        expect(cell.count).toBeLessThanOrEqual(cell.edges.length);
        for (const edge of cell.edges) expect(graph.extremities(edge)).toContain(cell.target);
        // Each statement once: a province pledges a target at most once, whoever spoke.
        const pledges = cell.edges.filter((edge) => graph.getEdgeAttribute(edge, 'relation') === 'pledged');
        expect(pledges.length).toBeLessThanOrEqual(1);
        if (pledges.length === cell.edges.length) expect(cell.count).toBe(pledges.length);
      }
      const shares = matrix.targets.map(
        (t) => matrix.cells.filter((c) => c.target === t.key && c.count > 0).length,
      );
      expect(shares).toEqual([...shares].sort((a, b) => b - a));
    }
  });
});

describe('provinceMatrix counts distinct statements', () => {
  const pledge = (
    graph: ReturnType<typeof makeStatementGraph>,
    source: string,
    target: string,
    quote: string,
  ) =>
    graph.addEdgeWithKey(`pledged:${source}->${target}`, source, target, {
      relation: 'pledged',
      evidence: [{ paragraph: 1, quote }],
    });

  it('shows 1 for a single pledge made by the province, with its speaker', () => {
    const matrix = provinceMatrix(makeStatementGraph(), 'theme');
    expect(matrixCell(matrix, 'province/zhejiang', 'theme/common-prosperity')).toMatchObject({
      count: 1,
      edges: ['pledged:province/zhejiang->theme/common-prosperity'],
    });
  });

  it('counts a pledge mirrored by a leader (the old shape) once, and a second statement twice', () => {
    const graph = makeStatementGraph();
    pledge(
      graph,
      'leader/liu-jie',
      'theme/common-prosperity',
      'explore the practical path of common prosperity',
    );
    expect(
      matrixCell(provinceMatrix(graph, 'theme'), 'province/zhejiang', 'theme/common-prosperity'),
    ).toMatchObject({
      count: 1,
      edges: [
        'pledged:province/zhejiang->theme/common-prosperity',
        'pledged:leader/liu-jie->theme/common-prosperity',
      ],
    });
    graph.addEdgeWithKey(
      'advocated:leader/wang-hao->theme/common-prosperity',
      'leader/wang-hao',
      'theme/common-prosperity',
      {
        relation: 'advocated',
        evidence: [{ paragraph: 3, quote: 'Wang Hao advocated common prosperity' }],
      },
    );
    expect(
      matrixCell(provinceMatrix(graph, 'theme'), 'province/zhejiang', 'theme/common-prosperity')?.count,
    ).toBe(2);
  });

  it("links through the Party committee: its Secretary's relations count for the province", () => {
    const graph = makeStatementGraph();
    graph.addEdgeWithKey(
      'advocated:leader/wang-hao->theme/innovation',
      'leader/wang-hao',
      'theme/innovation',
      {
        relation: 'advocated',
        evidence: [{ paragraph: 3, quote: 'Wang Hao advocated innovation' }],
      },
    );
    expect(matrixCell(provinceMatrix(graph, 'theme'), 'province/zhejiang', 'theme/innovation')?.count).toBe(
      1,
    );
  });
});
