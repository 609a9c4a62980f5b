// Component tests of the About dialog (an imported graph's metadata, citation copy) and the Notebook panel.
import { fireEvent, render, screen, within } from '@testing-library/react';
import Graph from 'graphology';
import { describe, expect, it, vi } from 'vitest';
import { graphMetadata, summarizeGraph } from '../../src/model/graphSummary';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { describeNode } from '../../src/model/describe';
import { AboutDialog } from '../../src/ui/trust/AboutDialog';
import { NotebookContext, type NotebookApi } from '../../src/ui/trust/NotebookContext';
import { NotebookPanel } from '../../src/ui/trust/NotebookPanel';
import { makeTinyGraph } from '../unit/helpers/tinyGraph';

function makeImported(): Graph {
  const graph = new Graph();
  graph.mergeAttributes({ creator: 'Gephi 0.10', description: 'Rail links', lastModifiedDate: '2024-05-01' });
  graph.addNode('a', { label: 'A', kind: 'region' });
  graph.addNode('b', { label: 'B', kind: 'region', labelZh: '乙', labelZhReconstructed: true });
  graph.addEdge('a', 'b', { relation: 'cooperates_with', inferred: true });
  graph.addEdge('b', 'a', { relation: 'cooperates_with' });
  return graph;
}

function makeNotebook(overrides: Partial<NotebookApi> = {}): NotebookApi {
  return {
    items: [],
    problem: null,
    has: () => false,
    add: vi.fn(),
    move: vi.fn(),
    annotate: vi.fn(),
    remove: vi.fn(),
    markdown: () => '# Notebook',
    exportMarkdown: vi.fn(),
    ...overrides,
  };
}

describe('AboutDialog', () => {
  it("shows an imported graph's own metadata, its counts, and copies the citation", async () => {
    const graph = makeImported();
    const copyText = vi.fn(() => Promise.resolve());
    render(
      <AboutDialog
        open
        onClose={vi.fn()}
        copyText={copyText}
        info={{
          title: 'rail.gexf',
          name: 'rail.gexf',
          isDefault: false,
          source: null,
          summary: summarizeGraph(graph),
          metadata: graphMetadata(graph),
          version: '9.9.9',
        }}
      />,
    );
    const text = document.body.textContent ?? '';
    expect(text).toContain('This graph was opened from “rail.gexf”');
    const metadata = screen.getByRole('table', { hidden: true, name: '' });
    expect(metadata.textContent).toContain('creatorGephi 0.10');
    expect(text).toContain('descriptionRail links');
    expect(text).toContain('2 nodes and 2 relations.');
    expect(text).toContain('1 stated and 1 inferred relations.');
    expect(text).toContain('1 reconstructed Chinese names');
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation', hidden: true }));
    expect(copyText).toHaveBeenCalledWith(
      '“rail.gexf”, viewed in YRD Knowledge-Graph Explorer, version 9.9.9.',
    );
    await vi.waitFor(() => expect(document.body.textContent).toContain('Copied the citation.'));
  });
});

describe('NotebookPanel', () => {
  it('lists items with their quotes; reorders, annotates and removes through the notebook', () => {
    const notebook = makeNotebook({
      items: [
        {
          id: 'edge:1',
          sentence: 'A cooperates with B',
          evidence: [{ paragraph: 2, quote: 'A and B agreed' }],
          note: '',
        },
        { id: 'edge:2', sentence: 'B leads C', evidence: [], note: 'check' },
      ],
    });
    render(<NotebookPanel notebook={notebook} />);
    const panel = screen.getByRole('region', { name: 'Notebook' });
    expect(panel.textContent).toContain('“A and B agreed”');
    expect(panel.textContent).toContain('¶2');
    expect(
      (screen.getByRole('button', { name: 'Move up: A cooperates with B' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move down: A cooperates with B' }));
    expect(notebook.move).toHaveBeenCalledWith('edge:1', 1);
    fireEvent.change(within(panel).getAllByRole('textbox', { name: 'Your note' })[1]!, {
      target: { value: 'checked' },
    });
    expect(notebook.annotate).toHaveBeenCalledWith('edge:2', 'checked');
    fireEvent.click(screen.getByRole('button', { name: 'Remove: B leads C' }));
    expect(notebook.remove).toHaveBeenCalledWith('edge:2');
    fireEvent.click(screen.getByRole('button', { name: 'Export notebook' }));
    expect(notebook.exportMarkdown).toHaveBeenCalled();
  });

  it('says plainly when the stored notebook was damaged, and is empty', () => {
    render(
      <NotebookPanel
        notebook={makeNotebook({ problem: 'The notebook saved for this dataset could not be read' })}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
    expect((screen.getByRole('button', { name: 'Export notebook' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});

describe('Add to notebook in Details', () => {
  it('adds a relation with its sentence and quotes, and shows it as added', () => {
    const graph = makeTinyGraph();
    const add = vi.fn();
    const { rerender } = render(
      <NotebookContext.Provider value={makeNotebook({ add })}>
        <DetailsPanel
          node={describeNode(graph, 'leader/wang-qingxian')}
          edge={null}
          onSelectNode={vi.fn()}
          onSelectEdge={vi.fn()}
        />
      </NotebookContext.Provider>,
    );
    const button = screen.getAllByRole('button', { name: /^Add to notebook: Wang Qingxian / })[0]!;
    fireEvent.click(button);
    expect(add).toHaveBeenCalledTimes(1);
    const item = add.mock.calls[0]![0] as { id: string; sentence: string; evidence: unknown[] };
    expect(item.id).toMatch(/^edge:/);
    expect(item.evidence.length).toBeGreaterThan(0);
    rerender(
      <NotebookContext.Provider value={makeNotebook({ add, has: (id) => id === item.id })}>
        <DetailsPanel
          node={describeNode(graph, 'leader/wang-qingxian')}
          edge={null}
          onSelectNode={vi.fn()}
          onSelectEdge={vi.fn()}
        />
      </NotebookContext.Provider>,
    );
    expect(screen.getByRole('button', { name: `In notebook: ${item.sentence}` })).toBeTruthy();
  });
});
