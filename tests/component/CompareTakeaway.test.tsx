// Component tests of Compare's takeaways: columns sorted by sharing, the transposed view, CSV export, graph highlight.
import { fireEvent, render, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareProvinces } from '../../src/model/compare/compareProvinces';
import { countSharing } from '../../src/model/compare/matrixOrder';
import { ComparePanel } from '../../src/ui/ComparePanel';
import { yrdEvidence, yrdGraph, yrdMatrices } from './analysisFixtures';

const downloads = vi.hoisted(() => ({ texts: [] as { name: string; text: string }[] }));
vi.mock('../../src/data/download', () => ({
  downloadText: (name: string, text: string) => downloads.texts.push({ name, text }),
  downloadBlob: vi.fn(),
}));

afterEach(() => {
  downloads.texts.length = 0;
});

function setup() {
  const onHighlightEdges = vi.fn();
  render(
    <ComparePanel
      matrices={yrdMatrices}
      getComparison={(a, b) => compareProvinces(yrdGraph, a, b)}
      getEvidence={yrdEvidence}
      onHighlightEdges={onHighlightEdges}
    />,
  );
  return { onHighlightEdges };
}

const themeTable = () => screen.getByRole('table', { name: /Themes by province/ });
const headerTexts = (table: HTMLElement, role: 'columnheader' | 'rowheader') =>
  within(table)
    .getAllByRole(role)
    .map((th) => th.textContent);
const themes = yrdMatrices[0]!;

describe('Compare takeaways', { timeout: 20_000 }, () => {
  it('orders the columns by how many provinces share them, then by name', () => {
    setup();
    const sharing = countSharing(themes.cells);
    const byLabel = new Map(themes.targets.map((t) => [t.label, sharing.get(t.key) ?? 0]));
    const counts = headerTexts(themeTable(), 'columnheader').map((label) => byLabel.get(label ?? '') ?? -1);
    expect(counts[0]).toBe(4);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(counts.at(-1)).toBe(1);
  });

  it('transposes: provinces become the columns and the themes the rows, in the same order', () => {
    setup();
    const toggle = screen.getByRole('checkbox', { name: 'Provinces as columns' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    const columnsBefore = headerTexts(themeTable(), 'columnheader');
    fireEvent.click(toggle);
    expect(headerTexts(themeTable(), 'columnheader')).toEqual(['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui']);
    expect(headerTexts(themeTable(), 'rowheader')).toEqual(columnsBefore);
    // Cells keep their meaning: "province · target" whatever the orientation.
    const firstRow = within(themeTable()).getAllByRole('row')[1] as HTMLElement;
    const cell = within(firstRow).getAllByRole('button')[0] as HTMLElement;
    expect(cell.getAttribute('aria-label')).toMatch(/^(Shanghai|Jiangsu|Zhejiang|Anhui) · /);
  });

  it('exports the matrix as CSV with labels and counts, in the chosen orientation', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV: Themes by province' }));
    expect(downloads.texts[0]?.name).toBe('Themes-by-province.csv');
    expect(downloads.texts[0]!.text.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(downloads.texts[0]!.text.slice(1)).data;
    expect(rows[0]?.[0]).toBe('Provinces \\ Themes');
    expect(rows[0]?.slice(1)).toEqual(themes.targets.map((t) => t.label));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui']);
    expect(rows[1]?.slice(1).every((cell) => /^\d+$/.test(cell))).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Provinces as columns' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV: Themes by province' }));
    const transposed = Papa.parse<string[]>(downloads.texts[1]!.text.slice(1)).data;
    expect(transposed[0]).toEqual(['Themes \\ Provinces', 'Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui']);
    expect(transposed).toHaveLength(themes.targets.length + 1);
    expect(downloads.texts[1]!.text).not.toMatch(/theme\/|province\//);
  });

  it('highlights a pinned cell’s edges in the graph, and clears the highlight when unpinned', () => {
    const { onHighlightEdges } = setup();
    const target = themes.targets[0]!;
    const cell = themes.cells.find((c) => c.province === 'province/shanghai' && c.target === target.key)!;
    const button = within(themeTable()).getByRole('button', {
      name: new RegExp(`^Shanghai · ${target.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    });
    fireEvent.click(button);
    expect(onHighlightEdges).toHaveBeenLastCalledWith(cell.edges);
    expect(screen.getByText(/highlighted in the graph/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the highlight' }));
    expect(onHighlightEdges).toHaveBeenLastCalledWith(null);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps one pinned cell across the matrices: pinning a program unpins the theme', () => {
    const { onHighlightEdges } = setup();
    const theme = within(themeTable()).getAllByRole('button', { name: /^Shanghai · / })[0]!;
    fireEvent.click(theme);
    const programs = screen.getByRole('table', { name: /Programs by province/ });
    const program = within(programs).getAllByRole('button', { name: / · .+: \d+ relations?$/ })[0]!;
    fireEvent.click(program);
    expect(theme.getAttribute('aria-pressed')).toBe('false');
    expect(program.getAttribute('aria-pressed')).toBe('true');
    expect(onHighlightEdges).toHaveBeenCalledTimes(2);
    expect(screen.getAllByRole('button', { name: 'Clear the highlight' })).toHaveLength(1);
  });
});
