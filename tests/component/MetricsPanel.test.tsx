// Component tests of the Metrics panel: sortable table with headers, row selection, encoding choices, depth input.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsPanel, type MetricsPanelProps } from '../../src/ui/MetricsPanel';
import { makeMetricsProps } from './analysisFixtures';

function setup(overrides: Partial<MetricsPanelProps> = {}) {
  const props = makeMetricsProps(overrides);
  render(<MetricsPanel {...props} />);
  return props;
}

const bodyRowLabels = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('MetricsPanel', () => {
  it('renders a table with column headers, ranked by degree', () => {
    setup();
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[▲▼↕]/g, ''));
    expect(headers).toEqual(['Label', 'Degree', 'In', 'Out', 'PageRank', 'Betweenness', 'Community', 'Kind']);
    expect(
      within(table)
        .getByRole('columnheader', { name: /Degree/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    expect(bodyRowLabels(table)).toEqual(['Innovation', 'Shanghai', 'Liu Jie']);
  });

  it('sorts when a header button is pressed, and reverses on a second press', () => {
    setup();
    const table = screen.getByRole('table');
    fireEvent.click(within(table).getByRole('button', { name: /Betweenness/ }));
    const header = within(table).getByRole('columnheader', { name: /Betweenness/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(bodyRowLabels(table)).toEqual(['Liu Jie', 'Innovation', 'Shanghai']);
    fireEvent.click(within(table).getByRole('button', { name: /Betweenness/ }));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(bodyRowLabels(table)).toEqual(['Shanghai', 'Innovation', 'Liu Jie']);
    expect(
      within(table)
        .getByRole('columnheader', { name: /Degree/ })
        .hasAttribute('aria-sort'),
    ).toBe(false);
  });

  it('calls onSelectNode once when a row or its button is clicked', () => {
    const props = setup();
    const row = screen.getByRole('rowheader', { name: 'Shanghai' }).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getAllByRole('cell')[2] as HTMLElement);
    expect(props.onSelectNode).toHaveBeenCalledWith('province/shanghai');
    fireEvent.click(within(row).getByRole('button', { name: 'Shanghai' }));
    expect(props.onSelectNode).toHaveBeenCalledTimes(2);
  });

  it('offers Size by with PageRank and attributes, and Colour by with communities', () => {
    const props = setup({
      numericAttributes: [{ id: 'attr:year', label: 'year' }],
      categoricalAttributes: [{ id: 'attr:place', label: 'place' }],
    });
    const sizeBy = screen.getByRole('combobox', { name: 'Size by' }) as HTMLSelectElement;
    const sizeOptions = within(sizeBy)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(sizeOptions).toEqual(['Degree', 'In-degree', 'Out-degree', 'Betweenness', 'PageRank', 'year']);
    expect(sizeBy.value).toBe('degree');
    fireEvent.change(sizeBy, { target: { value: 'pagerank' } });
    expect(props.onSizeBy).toHaveBeenCalledWith('pagerank');
    const colourBy = screen.getByRole('combobox', { name: 'Colour by' }) as HTMLSelectElement;
    expect(
      within(colourBy)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kind', 'Louvain community', 'place']);
    fireEvent.change(colourBy, { target: { value: 'louvain' } });
    expect(props.onColourBy).toHaveBeenCalledWith('louvain');
  });

  it('disables Depth with a hint until a node is selected', () => {
    setup();
    const depth = screen.getByRole('spinbutton', { name: 'Depth' }) as HTMLInputElement;
    expect(depth.disabled).toBe(true);
    expect(depth.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(depth.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /Select a node/,
    );
  });

  it('reports depth changes for the selected node, clamped, and null when emptied', () => {
    const props = setup({ selectedNode: 'leader/liu-jie', depth: 1 });
    const depth = screen.getByRole('spinbutton', { name: 'Depth' }) as HTMLInputElement;
    expect(depth.disabled).toBe(false);
    expect(depth.min).toBe('1');
    expect(depth.max).toBe('3');
    fireEvent.change(depth, { target: { value: '2' } });
    expect(props.onDepth).toHaveBeenLastCalledWith(2);
    fireEvent.change(depth, { target: { value: '7' } });
    expect(props.onDepth).toHaveBeenLastCalledWith(3);
    fireEvent.change(depth, { target: { value: '' } });
    expect(props.onDepth).toHaveBeenLastCalledWith(null);
    expect(screen.getByText(/within this many hops of Liu Jie/)).toBeTruthy();
    const selected = screen.getByRole('button', { name: 'Liu Jie' });
    expect(selected.getAttribute('aria-current')).toBe('true');
  });

  it('offers "Compute metrics" before computing', () => {
    const props = setup({ status: 'idle', rows: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Compute metrics' }));
    expect(props.onCompute).toHaveBeenCalled();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so while computing', () => {
    setup({ status: 'computing', rows: [] });
    expect(screen.getByRole('status').textContent).toBe('Computing metrics…');
    expect(screen.queryByRole('button', { name: 'Compute metrics' })).toBeNull();
  });

  it('after a failure: says why, and computes again only on "Try again"', () => {
    const props = setup({ status: 'failed', rows: [], error: 'out of memory' });
    expect(screen.getByRole('alert').textContent).toBe('Could not compute the metrics: out of memory');
    expect(props.onCompute).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Compute metrics' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onCompute).toHaveBeenCalledTimes(1);
  });

  it('limits long tables and can show all rows', () => {
    setup({ rowLimit: 2 });
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 3 nodes' }));
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(3);
  });
});
