// Component tests of the Details panel: node facts, grouped relations with evidence and notes, edge view.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { describeEdge, describeNode } from '../../src/model/describe';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { makeTinyGraph } from '../unit/helpers/tinyGraph';

const graph = makeTinyGraph();
graph.mergeEdgeAttributes('holds_office:leader/wang-qingxian->province/anhui', {
  note: 'A translation note',
});

describe('DetailsPanel', () => {
  it('shows a node with its Chinese name, relations by type, evidence and notes', () => {
    const onSelectNode = vi.fn();
    render(
      <DetailsPanel
        node={describeNode(graph, 'leader/wang-qingxian')}
        edge={null}
        onSelectNode={onSelectNode}
        onSelectEdge={vi.fn()}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Details' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Wang Qingxian');
    expect(panel.textContent).toContain('王清宪');
    const office = within(panel).getByRole('region', { name: 'holds office in' });
    expect(office.textContent).toContain('leader/wang-qingxian holds_office province/anhui');
    expect(office.textContent).toContain('A translation note');
    fireEvent.click(within(office).getByRole('button', { name: 'Anhui' }));
    expect(onSelectNode).toHaveBeenCalledWith('province/anhui');
  });

  it('shows an edge as source — relation → target with its evidence', () => {
    render(
      <DetailsPanel
        node={null}
        edge={describeEdge(graph, 'pledged:leader/wang-qingxian->program/ai-plus')}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
      />,
    );
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('Wang Qingxian — pledged → Artificial Intelligence Plus');
    expect(screen.getByText(/¶15/)).toBeTruthy();
  });

  it('invites a selection when nothing is selected', () => {
    render(<DetailsPanel node={null} edge={null} onSelectNode={vi.fn()} onSelectEdge={vi.fn()} />);
    expect(screen.getByRole('region', { name: 'Details' }).textContent).toMatch(/Select a node/);
  });
});

describe('DetailsPanel attributes', () => {
  it('links http(s) values with noopener noreferrer and keeps every other value as inert text', () => {
    const foreign = makeTinyGraph();
    foreign.mergeNodeAttributes('program/ai-plus', {
      homepage: 'https://example.org/ai',
      trap: 'javascript:alert(1)',
      markup: '<img src=x onerror=alert(1)>',
    });
    render(
      <DetailsPanel
        node={describeNode(foreign, 'program/ai-plus')}
        edge={null}
        onSelectNode={vi.fn()}
        onSelectEdge={vi.fn()}
      />,
    );
    const link = screen.getByRole('link', { name: 'https://example.org/ai' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: /javascript/ })).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
