// Province × theme (or program) matrix: how many distinct statements link each province to each target, with their edges.
import type Graph from 'graphology';
import { summarizeNode, type NodeSummary } from '../describe';
import { countSharing, sortTargetsBySharing } from './matrixOrder';
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
  const linked = new Set<string>();
  for (const perProvince of links.values()) {
    for (const node of perProvince.keys())
      if (graph.getNodeAttribute(node, 'kind') === targetKind) linked.add(node);
  }
  const unordered = [...linked].map((key) => summarizeNode(graph, key));
  const cellsOf = (targets: readonly NodeSummary[]) =>
    provinces.flatMap((province) =>
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
  const unorderedCells = cellsOf(unordered);
  const targets = sortTargetsBySharing(unordered, countSharing(unorderedCells));
  const column = new Map(targets.map((target, index) => [target.key, index]));
  // Cells stay grouped row by row (provinces in order); within a row they follow the sorted columns.
  const cells = [...unorderedCells].sort(
    (a, b) =>
      (a.province === b.province
        ? 0
        : provinces.findIndex((p) => p.key === a.province) -
          provinces.findIndex((p) => p.key === b.province)) ||
      (column.get(a.target) ?? 0) - (column.get(b.target) ?? 0),
  );
  return { targetKind, provinces, targets, cells };
}

/** The cell of a province and a target, if both are in the matrix. */
export function matrixCell(matrix: ProvinceMatrix, province: string, target: string): MatrixCell | undefined {
  return matrix.cells.find((cell) => cell.province === province && cell.target === target);
}
