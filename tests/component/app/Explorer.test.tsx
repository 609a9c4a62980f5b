// The Explorer as a whole: draws first, opens only panels the dataset has, one set of shortcuts, and never retries a
// failed metrics computation by itself.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedDataset } from '../../../src/app/dataset';
import { Explorer } from '../../../src/app/explorer/Explorer';
import { runMetrics } from '../../../src/data/runMetrics';
import { makeTinyGraph } from '../../unit/helpers/tinyGraph';
import type { SettingsOverrides } from '../../../src/style/settings';
import { fakeSigma } from '../sigmaMock';

vi.mock('../../../src/data/runMetrics', () => ({
  runMetrics: vi.fn(() => Promise.reject(new Error('the worker could not start'))),
}));

function tinyDataset(): LoadedDataset {
  return {
    name: 'tiny',
    title: 'Tiny',
    graph: makeTinyGraph(),
    source: null,
    mentions: null,
    isDefault: false,
  };
}

function open(url: string, dataset = tinyDataset(), settings?: SettingsOverrides) {
  window.history.replaceState(null, '', url);
  return render(<Explorer dataset={dataset} settings={settings} />);
}

/** Clicks a node and returns what Details' heading said when the graph's new reducers reached sigma. */
async function detailsWhenGraphRestyled(node: string): Promise<string | null> {
  let seen: string | null | undefined;
  const sigma = fakeSigma();
  sigma.setSettings.mockImplementation((next: Record<string, unknown>) => {
    Object.assign(sigma.settings, next);
    if ('nodeReducer' in next && seen === undefined)
      seen = document.querySelector('.details-panel h2')?.textContent ?? null;
  });
  await act(async () => sigma.events.clickNode!({ node }));
  return seen ?? null;
}

const selectedTab = () =>
  screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true');

describe('Explorer', () => {
  beforeEach(() => {
    vi.mocked(runMetrics).mockClear();
  });
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('creates sigma before the filters and the panels mount; the search box is there from the start', async () => {
    let atFirstDraw = { tabs: -1, checkboxes: -1, search: false };
    fakeSigma().onCreate = () => {
      atFirstDraw = {
        tabs: document.querySelectorAll('[role=tab]').length,
        checkboxes: document.querySelectorAll('input[type=checkbox]').length,
        search: document.querySelector('[role=combobox]') !== null,
      };
    };
    open('/');
    expect(await screen.findByRole('tab', { name: 'Details' })).toBeTruthy();
    expect(fakeSigma().created).toBe(1);
    expect(atFirstDraw).toEqual({ tabs: 0, checkboxes: 0, search: true });
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0);
  });

  it('shows a selection in Details with the graph on a small graph, and after the redraw on a large one', async () => {
    const small = open('/');
    await screen.findByRole('tab', { name: 'Details' });
    expect(await detailsWhenGraphRestyled('leader/liu-jie')).toBe('Liu Jie');
    small.unmount();
    // Any graph counts as large when the threshold is 0.
    open('/', tinyDataset(), { detailsAfterRedrawAbove: 0 });
    await screen.findByRole('tab', { name: 'Details' });
    expect(await detailsWhenGraphRestyled('leader/wang-qingxian')).toBeNull();
    expect(await screen.findByRole('heading', { level: 2, name: 'Wang Qingxian' })).toBeTruthy();
  });

  it('?panel=source on a graph without a source opens Details, and "s" cannot empty the tabs', async () => {
    open('/?panel=source');
    await screen.findByRole('tab', { name: 'Details' });
    expect(screen.queryByRole('tab', { name: 'Source' })).toBeNull();
    expect(selectedTab()?.textContent).toBe('Details');
    expect(screen.getByRole('tabpanel').textContent).toMatch(/Select a node or an edge/);
    fireEvent.keyDown(document.body, { key: 's' });
    expect(selectedTab()?.textContent).toBe('Details');
    fireEvent.keyDown(document.body, { key: 't' });
    expect(selectedTab()?.textContent).toBe('Table');
  });

  it('computes a failed metric once, never again by itself, and again on "Try again"', async () => {
    open('/?size=pagerank&panel=metrics');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not compute the metrics: the worker could not start',
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(runMetrics).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(runMetrics).toHaveBeenCalledTimes(2));
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(runMetrics).toHaveBeenCalledTimes(2);
  });

  it('runs every shortcut of the ? dialog from one registry, not while typing, Escape included', async () => {
    open('/?node=leader/liu-jie');
    await screen.findByRole('combobox', { name: 'Search' });
    fireEvent.keyDown(document.body, { key: '?' });
    const dialog = screen.getByRole('dialog', { hidden: true });
    const rows = within(dialog).getAllByRole('row', { hidden: true }).slice(1);
    expect(rows.map((row) => row.firstChild?.textContent)).toEqual([
      '/',
      'Escape',
      '↑ ↓ Enter',
      'd s p m c t',
      '[ ]',
      '+ − 0',
      '← →',
      '?',
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close', hidden: true }));

    const { zoomIn, zoomOut, reset } = fakeSigma().cameraControls;
    fireEvent.keyDown(document.body, { key: '+' });
    fireEvent.keyDown(screen.getAllByRole('checkbox')[0]!, { key: '-' });
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Search' }), { key: '0' });
    expect([zoomIn.mock.calls.length, zoomOut.mock.calls.length, reset.mock.calls.length]).toEqual([1, 1, 0]);

    fireEvent.keyDown(document.body, { key: 'm' });
    expect(selectedTab()?.textContent).toBe('Metrics');
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search' }));
    expect(screen.getByRole('status').textContent).toContain('selected: Liu Jie');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.getByRole('status').textContent).not.toContain('selected');
    expect(window.location.search).toBe('?panel=metrics');
  });

  it('speaks Chinese everywhere with ?lang=zh: tabs, the shortcuts dialog, the canvas description', async () => {
    open('/?lang=zh&node=province/anhui');
    expect(await screen.findByRole('tab', { name: '详情' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: '?' });
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(within(dialog).getByRole('heading', { hidden: true }).textContent).toBe('键盘快捷键');
    expect(dialog.textContent).toContain('聚焦搜索框');
    expect(dialog.textContent).not.toMatch(/Focus the search box|Close/);
    expect(document.getElementById('graph-description')?.textContent).toMatch(/^Tiny的网络图/);
    expect(document.getElementById('graph-description')?.textContent).toContain('已选：安徽');
  });
});
