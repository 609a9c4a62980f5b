// Unit tests of the Compare matrix's column order (by sharing, then name), its transposition and its CSV.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportMatrixCsv, makeMatrixFileName } from '../../../src/data/export/exportMatrixCsv';
import { countSharing, sortTargetsBySharing } from '../../../src/model/compare/matrixOrder';
import { matrixGridTable, orientMatrix } from '../../../src/model/compare/matrixView';
import { provinceMatrix, type ProvinceMatrix } from '../../../src/model/compare/provinceMatrix';

const node = (key: string, label: string, kind = 'theme') => ({ key, label, kind });

/** Two provinces, three themes: "Beta" shared by both, "alpha" and "Gamma" by one each. */
const MATRIX: ProvinceMatrix = {
  targetKind: 'theme',
  provinces: [node('p/a', 'Anhui', 'province'), node('p/z', 'Zhejiang', 'province')],
  targets: [node('t/beta', 'Beta'), node('t/alpha', 'alpha'), node('t/gamma', 'Gamma')],
  cells: [
    { province: 'p/a', target: 't/beta', count: 2, edges: ['e1', 'e2'] },
    { province: 'p/a', target: 't/alpha', count: 1, edges: ['e3'] },
    { province: 'p/a', target: 't/gamma', count: 0, edges: [] },
    { province: 'p/z', target: 't/beta', count: 1, edges: ['e4'] },
    { province: 'p/z', target: 't/alpha', count: 0, edges: [] },
    { province: 'p/z', target: 't/gamma', count: 3, edges: ['e5'] },
  ],
};

describe('sortTargetsBySharing', () => {
  it('puts the targets most provinces share first, then orders by name ignoring case, then by key', () => {
    const sharing = countSharing(MATRIX.cells);
    expect(Object.fromEntries(sharing)).toEqual({ 't/beta': 2, 't/alpha': 1, 't/gamma': 1 });
    const shuffled = [MATRIX.targets[2]!, MATRIX.targets[1]!, MATRIX.targets[0]!];
    expect(sortTargetsBySharing(shuffled, sharing).map((t) => t.key)).toEqual([
      't/beta',
      't/alpha',
      't/gamma',
    ]);
    const twins = [node('t/2', 'Same'), node('t/1', 'same')];
    expect(sortTargetsBySharing(twins, new Map()).map((t) => t.key)).toEqual(['t/1', 't/2']);
  });

  it('orders the real matrices most shared first, then by label', () => {
    const graph = Graph.from(JSON.parse(readFileSync('graph-data/yrd-2025.graph.json', 'utf8')));
    for (const kind of ['theme', 'program'] as const) {
      const matrix = provinceMatrix(graph, kind);
      const sharing = countSharing(matrix.cells);
      const counts = matrix.targets.map((t) => sharing.get(t.key) ?? 0);
      expect(counts.every((count) => count >= 1)).toBe(true);
      for (let i = 1; i < counts.length; i++) {
        expect(counts[i]!).toBeLessThanOrEqual(counts[i - 1]!);
        if (counts[i] === counts[i - 1]) {
          const order = matrix.targets[i - 1]!.label.localeCompare(matrix.targets[i]!.label, 'en', {
            sensitivity: 'base',
          });
          expect(order).toBeLessThanOrEqual(0);
        }
      }
      // Cells follow the same column order, row by row.
      expect(matrix.cells.slice(0, matrix.targets.length).map((c) => c.target)).toEqual(
        matrix.targets.map((t) => t.key),
      );
    }
  });
});

describe('orientMatrix', () => {
  it('keeps provinces as rows by default and swaps rows and columns when transposed', () => {
    const rows = orientMatrix(MATRIX, 'provinces-as-rows');
    expect(rows.rows.map((r) => r.key)).toEqual(['p/a', 'p/z']);
    expect(rows.columns.map((c) => c.key)).toEqual(['t/beta', 't/alpha', 't/gamma']);
    expect(rows.cellAt('p/z', 't/gamma')?.count).toBe(3);
    const columns = orientMatrix(MATRIX, 'provinces-as-columns');
    expect(columns.rows.map((r) => r.key)).toEqual(['t/beta', 't/alpha', 't/gamma']);
    expect(columns.columns.map((c) => c.key)).toEqual(['p/a', 'p/z']);
    expect(columns.cellAt('t/gamma', 'p/z')?.edges).toEqual(['e5']);
    expect(columns.cellAt('p/z', 't/gamma')).toBeNull();
  });
});

describe('matrix CSV', () => {
  it('writes labels (never keys) and counts, in the chosen orientation', () => {
    const name = (n: { label: string }) => n.label;
    const byRows = exportMatrixCsv(
      matrixGridTable(orientMatrix(MATRIX, 'provinces-as-rows'), 'Province', name),
    );
    expect(Papa.parse(byRows).data).toEqual([
      ['Province', 'Beta', 'alpha', 'Gamma'],
      ['Anhui', '2', '1', '0'],
      ['Zhejiang', '1', '0', '3'],
    ]);
    const byColumns = exportMatrixCsv(
      matrixGridTable(orientMatrix(MATRIX, 'provinces-as-columns'), 'Theme', name),
    );
    expect(Papa.parse(byColumns).data).toEqual([
      ['Theme', 'Anhui', 'Zhejiang'],
      ['Beta', '2', '1'],
      ['alpha', '1', '0'],
      ['Gamma', '0', '3'],
    ]);
    expect(byColumns).not.toMatch(/t\/|p\//);
  });

  it('neutralises formula-like names and names the file after the caption', () => {
    const csv = exportMatrixCsv([
      ['=cmd', 'x'],
      ['a', 1],
    ]);
    expect(csv.split('\r\n')[0]).toBe(`"'=cmd",x`);
    expect(makeMatrixFileName('Themes by province')).toBe('Themes-by-province.csv');
    expect(makeMatrixFileName('各省市的主题')).toBe('各省市的主题.csv');
    expect(makeMatrixFileName('///')).toBe('matrix.csv');
  });
});
