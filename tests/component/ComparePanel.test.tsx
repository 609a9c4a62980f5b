// Component tests of the Compare panel: accessible province matrices, evidence on cell click, shared/unique lists.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { compareProvinces } from '../../src/model/compare/compareProvinces';
import { MESSAGES } from '../../src/ui/i18n/messages';
import { ComparePanel } from '../../src/ui/ComparePanel';
import { yrdEvidence, yrdGraph, yrdMatrices } from './analysisFixtures';

const graph = yrdGraph;
const matrices = yrdMatrices;
const getEvidence = yrdEvidence;

function setup() {
  const handlers = { onSelectNode: vi.fn(), onSelectEdge: vi.fn(), getEvidence: vi.fn(getEvidence) };
  render(
    <ComparePanel
      matrices={matrices}
      getComparison={(a, b) => compareProvinces(graph, a, b)}
      ruleHelp={MESSAGES.en.provinceLinkRuleHelp}
      {...handlers}
    />,
  );
  return handlers;
}

const themeTable = () => screen.getByRole('table', { name: /Themes by province/ });

/** The table row (role "row") whose row header is the province name. */
function provinceRow(table: HTMLElement, name: string): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name }) !== null);
  if (!row) throw new Error(`no row headed ${name}`);
  return row;
}

// The real graph's matrices are large for jsdom's role queries: allow more than the default 5 s under load.
describe('ComparePanel', { timeout: 20_000 }, () => {
  it('shows each matrix as a table with a caption, target column headers and four province rows', () => {
    setup();
    const table = themeTable();
    expect(screen.getByRole('table', { name: /Programs by province/ })).toBeTruthy();
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(rowHeaders).toEqual(['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui']);
    const columns = within(table).getAllByRole('columnheader');
    expect(columns).toHaveLength(matrices[0]?.targets.length ?? -1);
    expect(columns[0]?.getAttribute('title')).toBe(matrices[0]?.targets[0]?.label);
    for (const name of ['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui']) {
      expect(provinceRow(table, name).querySelector('th[scope="row"]')?.textContent).toBe(name);
    }
  });

  it('labels shaded cells with their province, target and count', () => {
    setup();
    const row = provinceRow(themeTable(), 'Shanghai');
    const cells = within(row).getAllByRole('button');
    expect(cells.length).toBeGreaterThan(0);
    expect(cells[0]?.getAttribute('aria-label')).toMatch(/^Shanghai · .+: \d+ relations?$/);
    expect((cells[0]?.closest('td') as HTMLElement).style.background).toMatch(/^rgba?\(11, 92, 173/);
  });

  it('shows the evidence of a cell when it is clicked, and on hover', () => {
    const handlers = setup();
    const table = themeTable();
    const target = matrices[0]?.targets[0];
    const cell = matrices[0]?.cells.find(
      (c) => c.province === 'province/shanghai' && c.target === target?.key,
    );
    expect(cell?.count).toBeGreaterThan(0);
    const button = within(table).getByRole('button', {
      name: new RegExp(`^Shanghai · ${escape(target?.label)}`),
    });
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(handlers.getEvidence).toHaveBeenCalledWith(cell?.edges);
    const pane = document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(pane.textContent).toContain(target?.label);
    expect(within(pane).getAllByRole('listitem')).toHaveLength(cell?.count ?? -1);
    expect(pane.textContent).toMatch(/¶\d+/);
    fireEvent.click(
      within(pane).getAllByRole('button', { name: /pledged|advocated|promote/ })[0] as HTMLElement,
    );
    expect(handlers.onSelectEdge).toHaveBeenCalledWith(expect.stringMatching(new RegExp(target?.key ?? '')));

    const anhui = within(within(table).getByRole('row', { name: /^Anhui/ })).getAllByRole(
      'button',
    )[0] as HTMLElement;
    fireEvent.mouseEnter(anhui);
    expect(pane.textContent).toMatch(/^Anhui/);
    fireEvent.mouseLeave(table.parentElement as HTMLElement);
    expect(pane.textContent).toMatch(/^Shanghai/);
  });

  it('lists what two chosen provinces share and what is unique to each, updating on change', () => {
    setup();
    const first = screen.getByRole('combobox', { name: 'First province' }) as HTMLSelectElement;
    const second = screen.getByRole('combobox', { name: 'Second province' }) as HTMLSelectElement;
    expect([first.value, second.value]).toEqual(['province/shanghai', 'province/jiangsu']);
    const shared = () => screen.getByRole('region', { name: /^Shared by/ });
    expect(shared().textContent).toMatch(/Shared by Shanghai and Jiangsu/);
    const before = compareProvinces(graph, 'province/shanghai', 'province/jiangsu');
    expect(within(shared()).getAllByRole('listitem')).toHaveLength(before.shared.length);

    fireEvent.change(second, { target: { value: 'province/anhui' } });
    const after = compareProvinces(graph, 'province/shanghai', 'province/anhui');
    expect(shared().textContent).toMatch(/Shared by Shanghai and Anhui/);
    expect(within(shared()).getAllByRole('listitem')).toHaveLength(after.shared.length);
    const uniqueToAnhui = screen.getByRole('region', { name: /^Unique to Anhui/ });
    expect(within(uniqueToAnhui).getAllByRole('listitem')).toHaveLength(after.onlyB.length);
    expect(uniqueToAnhui.textContent).toContain(after.onlyB[0]?.label);

    fireEvent.change(first, { target: { value: 'province/anhui' } });
    expect(screen.getByText(/Choose two different provinces/)).toBeTruthy();
  });

  it('selects a node from the lists', () => {
    const handlers = setup();
    const shared = screen.getByRole('region', { name: /^Shared by/ });
    fireEvent.click(within(shared).getAllByRole('button')[0] as HTMLElement);
    expect(handlers.onSelectNode).toHaveBeenCalledWith(expect.stringMatching(/^(theme|program|region)\//));
  });
});

function escape(text: string | undefined): string {
  return (text ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
