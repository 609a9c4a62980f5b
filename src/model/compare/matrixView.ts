// A province matrix as a grid to draw or export: provinces as rows (the default) or as columns (transposed).
import type { NodeSummary } from '../describe';
import type { MatrixCell, ProvinceMatrix } from './provinceMatrix';

export type MatrixOrientation = 'provinces-as-rows' | 'provinces-as-columns';

export interface MatrixGrid {
  orientation: MatrixOrientation;
  rows: NodeSummary[];
  columns: NodeSummary[];
  /** The cell at a row and a column (null when the pair is not in the matrix). */
  cellAt(row: string, column: string): MatrixCell | null;
}

const pairKey = (province: string, target: string) => `${province}\u0000${target}`;

/** The matrix in the chosen orientation; the order of provinces and of targets is kept either way. */
export function orientMatrix(matrix: ProvinceMatrix, orientation: MatrixOrientation): MatrixGrid {
  const cells = new Map(matrix.cells.map((cell) => [pairKey(cell.province, cell.target), cell]));
  const byRows = orientation === 'provinces-as-rows';
  return {
    orientation,
    rows: byRows ? matrix.provinces : matrix.targets,
    columns: byRows ? matrix.targets : matrix.provinces,
    cellAt: (row, column) => cells.get(byRows ? pairKey(row, column) : pairKey(column, row)) ?? null,
  };
}

/**
 * The grid as a table of plain text: a header row (`corner`, then the column names), then one row per row node
 * (its name, then the counts; 0 where nothing links them). Names come from `nameOf` (labels, never keys).
 */
export function matrixGridTable(
  grid: MatrixGrid,
  corner: string,
  nameOf: (node: NodeSummary) => string,
): (string | number)[][] {
  return [
    [corner, ...grid.columns.map(nameOf)],
    ...grid.rows.map((row) => [
      nameOf(row),
      ...grid.columns.map((column) => grid.cellAt(row.key, column.key)?.count ?? 0),
    ]),
  ];
}
