// Component tests of the path finder: the Path form, hops with evidence, no path, and Copy.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { summarizeNode } from '../../src/model/describe';
import { findPaths } from '../../src/model/paths';
import { PathPanel } from '../../src/ui/PathPanel';
import { makeTinyGraph } from '../unit/helpers/tinyGraph';

const graph = makeTinyGraph();
const search = (query: string) =>
  graph
    .filterNodes((_key, attributes) => attributes.label.toLowerCase().includes(query.toLowerCase()))
    .map((key) => summarizeNode(graph, key));

function setup(from: string | null, to: string | null) {
  const handlers = {
    onChange: vi.fn(),
    onSelectNode: vi.fn(),
    onSelectEdge: vi.fn(),
    copyText: vi.fn(async () => {}),
  };
  render(
    <PathPanel
      search={search}
      from={from ? summarizeNode(graph, from) : null}
      to={to ? summarizeNode(graph, to) : null}
      result={from && to ? findPaths(graph, from, to) : null}
      sourceTitle="The report"
      {...handlers}
    />,
  );
  return handlers;
}

describe('PathPanel', () => {
  it('is a form named Path with From and To comboboxes that report the chosen ends', () => {
    const handlers = setup('leader/liu-jie', null);
    const form = screen.getByRole('form', { name: 'Path' });
    const to = within(form).getByRole('combobox', { name: 'To' });
    expect((within(form).getByRole('combobox', { name: 'From' }) as HTMLInputElement).value).toBe('Liu Jie');
    fireEvent.change(to, { target: { value: 'anhui' } });
    fireEvent.keyDown(to, { key: 'Enter' });
    expect(handlers.onChange).toHaveBeenCalledWith('leader/liu-jie', 'province/anhui');
  });

  it('lists each hop as a sentence with its evidence and paragraph', () => {
    setup('province/zhejiang', 'leader/wang-qingxian');
    const path = screen.getByRole('region', { name: 'Path 1' });
    const items = within(path).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Zhejiang — pledged → Innovation');
    expect(items[1]!.textContent).toContain('Innovation — pledged by → Wang Qingxian');
    expect(items[0]!.textContent).toContain('¶14');
  });

  it('says when there is no path', () => {
    graph.addNode('theme/isolated', { label: 'Isolated', kind: 'theme', x: 0, y: 0 });
    setup('theme/isolated', 'province/anhui');
    expect(screen.getByText('No path connects Isolated and Anhui.')).toBeTruthy();
  });

  it('copies the explanation with citations', async () => {
    const handlers = setup('leader/liu-jie', 'leader/wang-qingxian');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(handlers.copyText).toHaveBeenCalledWith(expect.stringContaining('(¶1)'));
    expect(handlers.copyText).toHaveBeenCalledWith(expect.stringContaining('Source: The report'));
    await waitFor(() => expect(screen.getByText(/Copied the explanation/)).toBeTruthy());
  });
});
