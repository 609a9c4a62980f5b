// Component test: the shell loads the default dataset and mounts the (mocked) graph canvas.
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import serialized from '../../graph-data/yrd-2025.graph.json';
import mentions from '../../graph-data/yrd-2025.mentions.json';
import { fakeSigma } from './sigmaMock';

/** Answers the app's three startup requests (graph, mentions, source) by URL. */
function serveDataset(input: RequestInfo | URL): Response {
  const url = String(input);
  if (url.includes('mentions')) return new Response(JSON.stringify(mentions));
  if (url.endsWith('.txt')) return new Response('First paragraph.\nSecond paragraph.\n');
  return new Response(JSON.stringify(serialized));
}

describe('App', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders the header and the graph once the dataset has loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => serveDataset(input)),
    );
    render(<App />);
    expect(screen.getByRole('heading', { name: 'YRD Knowledge-Graph Explorer' })).toBeTruthy();
    expect(await screen.findByTestId('sigma-container', {}, { timeout: 5000 })).toBeTruthy();
    // The panels (a lazy chunk) mount once sigma has drawn its first frame.
    expect(await screen.findByRole('tab', { name: 'Source' }, { timeout: 5000 })).toBeTruthy();
    const total = serialized.nodes.length;
    expect(screen.getByRole('status').textContent).toMatch(new RegExp(`^${total} of ${total} nodes`));
    // Highlighting goes through sigma's reducers, handed over with setSetting (sigma is not rebuilt).
    await waitFor(() => {
      expect(typeof fakeSigma().settings.nodeReducer).toBe('function');
      expect(typeof fakeSigma().settings.edgeReducer).toBe('function');
    });
  });

  it('shows an alert when the dataset cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 500 })),
    );
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/HTTP 500/);
  });
});
