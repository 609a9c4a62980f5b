// One province × target matrix as an accessible table of shaded counts, in either orientation, with a CSV export.
import { useId, useMemo, useState } from 'react';
import { exportMatrixCsv, makeMatrixFileName } from '../../data/export/exportMatrixCsv';
import { downloadText } from '../../data/download';
import { matrixGridTable, orientMatrix, type MatrixOrientation } from '../../model/compare/matrixView';
import type { ProvinceMatrix } from '../../model/compare/provinceMatrix';
import { useI18n } from '../i18n/I18nContext';
import { CellEvidence } from './CellEvidence';
import { cellShade } from './shading';
import type { GetEvidence } from './types';
import './compare.css';

export interface ProvinceMatrixTableProps {
  matrix: ProvinceMatrix;
  /** Table caption, e.g. "Themes by province". */
  caption: string;
  /** Provinces as rows (the default) or as columns. */
  orientation?: MatrixOrientation;
  getEvidence: GetEvidence;
  onSelectNode?: ((key: string) => void) | undefined;
  onSelectEdge?: ((key: string) => void) | undefined;
  onOpenParagraph?: ((paragraph: number) => void) | undefined;
  /** The pinned cell of this matrix, or null (one cell of all matrices is pinned at a time: the panel holds it). */
  pinned: CellRef | null;
  /** A cell was pinned (with its edges, which the graph highlights) or unpinned (null). */
  onPin(ref: CellRef | null, edges: string[] | null): void;
}

export interface CellRef {
  province: string;
  target: string;
}

const sameCell = (a: CellRef | null, b: CellRef) => a?.province === b.province && a.target === b.target;

export function ProvinceMatrixTable(props: ProvinceMatrixTableProps) {
  const { t, name, kindLabel, kindPlural } = useI18n();
  const { matrix, orientation = 'provinces-as-rows' } = props;
  const evidenceId = useId();
  const { pinned } = props;
  const [hovered, setHovered] = useState<CellRef | null>(null);
  const grid = useMemo(() => orientMatrix(matrix, orientation), [matrix, orientation]);
  const byRows = orientation === 'provinces-as-rows';
  const maxCount = matrix.cells.reduce((max, cell) => Math.max(max, cell.count), 0);
  const shown = hovered ?? pinned;
  const find = (ref: CellRef | null) =>
    ref ? (byRows ? grid.cellAt(ref.province, ref.target) : grid.cellAt(ref.target, ref.province)) : null;
  const shownCell = find(shown);
  if (matrix.targets.length === 0) {
    return <p className="help">{t.analysis.noTargets(props.caption, kindLabel(matrix.targetKind))}</p>;
  }
  const rowKind = byRows ? 'province' : matrix.targetKind;
  const columnKind = byRows ? matrix.targetKind : 'province';
  const pin = (ref: CellRef | null) => props.onPin(ref, ref ? (find(ref)?.edges ?? null) : null);
  const exportCsv = () => {
    const table = matrixGridTable(
      grid,
      t.takeaway.matrixCorner(kindPlural(rowKind), kindPlural(columnKind)),
      name,
    );
    // A byte-order mark lets spreadsheets read the Chinese names as UTF-8.
    downloadText(makeMatrixFileName(props.caption), `\ufeff${exportMatrixCsv(table)}`, 'text/csv');
  };
  return (
    <div className="province-matrix">
      <div className="matrix-actions">
        <p className="help matrix-size">
          {t.analysis.matrixSize(matrix.provinces.length, matrix.targets.length)}
        </p>
        <button
          type="button"
          className="matrix-export"
          aria-label={t.takeaway.exportMatrixCsvLabel(props.caption)}
          onClick={exportCsv}
        >
          {t.takeaway.exportMatrixCsv}
        </button>
      </div>
      <div className="analysis-table-wrap" onMouseLeave={() => setHovered(null)}>
        <table className={`matrix-table ${byRows ? 'provinces-as-rows' : 'provinces-as-columns'}`}>
          <caption className="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <td className="matrix-corner" />
              {grid.columns.map((column) => (
                <th key={column.key} scope="col" className="matrix-col" title={name(column)}>
                  <span className="matrix-col-label">{name(column)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="matrix-row">
                  {name(row)}
                </th>
                {grid.columns.map((column) => {
                  const province = byRows ? row : column;
                  const target = byRows ? column : row;
                  const ref = { province: province.key, target: target.key };
                  const count = grid.cellAt(row.key, column.key)?.count ?? 0;
                  const cellLabel = t.analysis.cellLabel(name(province), name(target), count);
                  if (count === 0) {
                    return (
                      <td key={column.key} className="matrix-cell is-empty">
                        <span className="visually-hidden">{t.analysis.none}</span>
                      </td>
                    );
                  }
                  return (
                    <td key={column.key} className="matrix-cell" style={cellShade(count, maxCount)}>
                      <button
                        type="button"
                        className={sameCell(pinned, ref) ? 'matrix-button is-pinned' : 'matrix-button'}
                        aria-label={cellLabel}
                        aria-pressed={sameCell(pinned, ref)}
                        aria-controls={evidenceId}
                        title={cellLabel}
                        onMouseEnter={() => setHovered(ref)}
                        onFocus={() => setHovered(ref)}
                        onBlur={() => setHovered(null)}
                        onClick={() => pin(sameCell(pinned, ref) ? null : ref)}
                      >
                        {count}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pinned && (
        <p className="help matrix-highlighted">
          {t.takeaway.cellHighlighted}{' '}
          <button type="button" className="link" onClick={() => pin(null)}>
            {t.takeaway.clearHighlight}
          </button>
        </p>
      )}
      <CellEvidence
        id={evidenceId}
        cell={shownCell}
        province={matrix.provinces.find((p) => p.key === shown?.province)}
        target={matrix.targets.find((t) => t.key === shown?.target)}
        getEvidence={props.getEvidence}
        onSelectNode={props.onSelectNode}
        onSelectEdge={props.onSelectEdge}
        onOpenParagraph={props.onOpenParagraph}
      />
    </div>
  );
}
