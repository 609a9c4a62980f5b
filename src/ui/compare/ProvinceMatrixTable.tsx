// One province × target matrix as an accessible table of shaded counts; hovering or clicking a cell shows evidence.
import { useId, useMemo, useState } from 'react';
import type { ProvinceMatrix } from '../../model/compare/provinceMatrix';
import { useI18n } from '../i18n/I18nContext';
import { CellEvidence } from './CellEvidence';
import { cellShade } from './shading';
import type { GetEvidence } from './types';

export interface ProvinceMatrixTableProps {
  matrix: ProvinceMatrix;
  /** Table caption, e.g. "Themes by province". */
  caption: string;
  getEvidence: GetEvidence;
  onSelectNode?: ((key: string) => void) | undefined;
  onSelectEdge?: ((key: string) => void) | undefined;
  onOpenParagraph?: ((paragraph: number) => void) | undefined;
}

interface CellRef {
  province: string;
  target: string;
}

const sameCell = (a: CellRef | null, b: CellRef) => a?.province === b.province && a.target === b.target;

export function ProvinceMatrixTable(props: ProvinceMatrixTableProps) {
  const { t, name, kindLabel } = useI18n();
  const { matrix } = props;
  const evidenceId = useId();
  const [pinned, setPinned] = useState<CellRef | null>(null);
  const [hovered, setHovered] = useState<CellRef | null>(null);
  const cells = useMemo(
    () => new Map(matrix.cells.map((cell) => [`${cell.province}\u0000${cell.target}`, cell])),
    [matrix.cells],
  );
  const maxCount = matrix.cells.reduce((max, cell) => Math.max(max, cell.count), 0);
  const shown = hovered ?? pinned;
  const shownCell = shown ? (cells.get(`${shown.province}\u0000${shown.target}`) ?? null) : null;
  if (matrix.targets.length === 0) {
    return <p className="help">{t.analysis.noTargets(props.caption, kindLabel(matrix.targetKind))}</p>;
  }
  return (
    <div className="province-matrix">
      <div className="analysis-table-wrap" onMouseLeave={() => setHovered(null)}>
        <table className="matrix-table">
          <caption>
            {props.caption}{' '}
            <span className="facet-count">
              {t.analysis.matrixSize(matrix.provinces.length, matrix.targets.length)}
            </span>
          </caption>
          <thead>
            <tr>
              <td className="matrix-corner" />
              {matrix.targets.map((target) => (
                <th key={target.key} scope="col" className="matrix-col" title={name(target)}>
                  <span className="matrix-col-label">{name(target)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.provinces.map((province) => (
              <tr key={province.key}>
                <th scope="row" className="matrix-row">
                  {name(province)}
                </th>
                {matrix.targets.map((target) => {
                  const ref = { province: province.key, target: target.key };
                  const cell = cells.get(`${province.key}\u0000${target.key}`);
                  const count = cell?.count ?? 0;
                  const cellLabel = t.analysis.cellLabel(name(province), name(target), count);
                  if (count === 0) {
                    return (
                      <td key={target.key} className="matrix-cell is-empty">
                        <span className="visually-hidden">{t.analysis.none}</span>
                      </td>
                    );
                  }
                  return (
                    <td key={target.key} className="matrix-cell" style={cellShade(count, maxCount)}>
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
                        onClick={() => setPinned(sameCell(pinned, ref) ? null : ref)}
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
