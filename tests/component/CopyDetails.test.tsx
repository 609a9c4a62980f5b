// Component tests of Details' "Copy": the node's text with citations goes to the clipboard, and the panel says so.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeNode } from '../../src/model/describe';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { makeTinyGraph } from '../unit/helpers/tinyGraph';

const graph = makeTinyGraph();

function renderDetails() {
  render(
    <DetailsPanel
      node={describeNode(graph, 'leader/wang-qingxian')}
      edge={null}
      onSelectNode={vi.fn()}
      onSelectEdge={vi.fn()}
    />,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Copy details', () => {
  it('copies the node as text with its quotes and paragraph numbers', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderDetails();
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Copy the details of Wang Qingxian, with citations' }),
      );
    });
    const text = writeText.mock.calls[0]?.[0] as string;
    expect(text.split('\n')[0]).toBe('Wang Qingxian (王清宪)');
    expect(text).toContain('- Artificial Intelligence Plus');
    expect(text).toContain('“leader/wang-qingxian pledged program/ai-plus” (¶15)');
    expect(screen.getByRole('status').textContent).toBe('Copied');
  });

  it('says so in plain words when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
    });
    renderDetails();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /^Copy the details of/ }));
    });
    expect(screen.getByRole('status').textContent).toMatch(/Could not copy/);
  });
});
