// Province × theme (or program) matrix: how many distinct statements link each province to each target, with their edges.
import type Graph from 'graphology';
import { summarizeNode, type NodeSummary } from '../describe';
import { listProvinces } from './provinceOrder';
import { provinceLinks } from './provinceLinks';
import { groupStatements } from './statementCount';

export type MatrixTargetKind = 'theme' | 'program';

export interface MatrixCell {
  /** Province node key. */
  province: string;
  /** Target node key. */
  target: string;
  /** Number of distinct statements linking them (0 when unlinked): for a single pledge, 1. (ui/i18n `matrixCountMeaning` says so). */
  count: number;
  /** Keys of the supporting edges: the evidence. Edges quoting the same words are one statement. */
  edges: string[];
}

export interface ProvinceMatrix {
  targetKind: MatrixTargetKind;
  /** Rows, in DEFAULT_PROVINCE_ORDER. */
  provinces: NodeSummary[];
  /** Columns: targets linked to at least one province, most shared first, then by label. */
  targets: NodeSummary[];
  /** Every province × target pair, row by row (provinces order), then column by column (targets order). */
  cells: MatrixCell[];
}

/** Builds the matrix with the rule of `provinceLinks` (direct relations of the province and those who speak for it). */
export function provinceMatrix(graph: Graph, targetKind: MatrixTargetKind): ProvinceMatrix {
  const provinces = listProvinces(graph);
  const links = new Map(provinces.map((province) => [province.key, provinceLinks(graph, province.key)]));
  const sharedBy = new Map<string, number>();
  for (const perProvince of links.values()) {
    for (const node of perProvince.keys()) {
      if (graph.getNodeAttribute(node, 'kind') === targetKind)
        sharedBy.set(node, (sharedBy.get(node) ?? 0) + 1);
    }
  }
  const targets = [...sharedBy.keys()]
    .map((key) => summarizeNode(graph, key))
    .sort(
      (a, b) =>
        (sharedBy.get(b.key) ?? 0) - (sharedBy.get(a.key) ?? 0) ||
        a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }) ||
        a.key.localeCompare(b.key),
    );
  const cells = provinces.flatMap((province) =>
    targets.map((target) => {
      const edges = [...(links.get(province.key)?.get(target.key) ?? [])];
      return {
        province: province.key,
        target: target.key,
        count: groupStatements(graph, edges).length,
        edges,
      };
    }),
  );
  return { targetKind, provinces, targets, cells };
}

/** The cell of a province and a target, if both are in the matrix. */
export function matrixCell(matrix: ProvinceMatrix, province: string, target: string): MatrixCell | undefined {
  return matrix.cells.find((cell) => cell.province === province && cell.target === target);
}
